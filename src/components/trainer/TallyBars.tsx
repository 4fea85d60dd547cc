import { positionLabels } from '../../lib/stellingen/labels';
import { positions } from '../../lib/stellingen/score';
import type { PositionCounts } from '../../lib/trainer/tally';
import { percentagesOf, totalOf } from '../../lib/trainer/tally';

/** One stelling's counts as horizontal bars; every bar also has its count and percentage as text. */
export function TallyBars({ counts }: { counts: PositionCounts }) {
  const percentages = percentagesOf(counts);
  return (
    <div class="pw-bars">
      <ul>
        {positions.map((position) => (
          <li key={position} class="pw-bars__row">
            <span class="pw-bars__label">{positionLabels[position]}</span>
            <span class="pw-bars__track" aria-hidden="true">
              <span class="pw-bars__bar" style={{ inlineSize: `${percentages[position]}%` }} />
            </span>
            <span class="pw-bars__value">
              {counts[position]} ({percentages[position]}%)
            </span>
          </li>
        ))}
      </ul>
      <p class="pw-meta">Totaal: {totalOf(counts)} antwoorden</p>
    </div>
  );
}
