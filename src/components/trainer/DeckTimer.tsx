import { useEffect, useState } from 'preact/hooks';
import type { DeckTimer as Timer } from '../../lib/deck-sync';
import { elapsedMs } from '../../lib/deck-sync';
import { formatTimer } from '../../lib/programme';

/** The running time of the session, updated every second while the timer runs. */
export function DeckTimer({ timer }: { timer: Timer }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!timer.running) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [timer]);
  return (
    <span class="pw-deck-timer">
      Timer: {formatTimer(elapsedMs(timer, now) / 1000)}
      {timer.running ? '' : ' (gepauzeerd)'}
    </span>
  );
}
