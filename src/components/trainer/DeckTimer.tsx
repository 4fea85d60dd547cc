import { useStore } from '@nanostores/preact';
import { formatTimer } from '../../lib/common/format';
import type { TimerState } from '../../lib/trainer/deck';
import { elapsedMs } from '../../lib/trainer/deck';
import { $now } from '../../stores/clock';

/** The running time of the session, updated every second. */
export function DeckTimer({ timer }: { timer: TimerState }) {
  const now = useStore($now);
  return (
    <span class="pw-deck-timer">
      Timer: {formatTimer(elapsedMs(timer, now) / 1000)}
      {timer.running ? '' : ' (gepauzeerd)'}
    </span>
  );
}
