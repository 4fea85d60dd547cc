import type { Round } from '../../lib/stellingen/score';
import './round-dots.css';

const step = 14;

/**
 * A learner's own voor → na as two rows of dots, one per stelling, filled for each counted one. It only pictures
 * the "x van n → y van n" sentence beside it, so screen readers skip it.
 */
export function RoundDots({ counts, total }: { counts: Record<Round, number>; total: number }) {
  const dots = (count: number) => (
    <svg
      viewBox={`0 0 ${total * step} ${step}`}
      width={total * step}
      height={step}
      aria-hidden="true"
      focusable="false"
    >
      {Array.from({ length: total }, (_, dot) => (
        <circle
          key={dot}
          class={dot < count ? 'pw-round-dots__on' : undefined}
          cx={dot * step + step / 2}
          cy={step / 2}
          r={step / 2 - 1.5}
        />
      ))}
    </svg>
  );
  return (
    <p class="pw-round-dots" aria-hidden="true">
      <span class="pw-round-dots__round">voor {dots(counts.voormeting)}</span>
      <span>→</span>
      <span class="pw-round-dots__round">na {dots(counts.nameting)}</span>
    </p>
  );
}
