import { plural } from '../../lib/common/format';
import { positionLabels } from '../../lib/stellingen/labels';
import type { ChartBar } from '../../lib/trainer/chart';
import { chartWidth, formatShift, resultChart } from '../../lib/trainer/chart';
import type { PositionCounts } from '../../lib/trainer/tally';

const barHeight = 10;
const rounds = [
  ['before', 'voormeting'],
  ['after', 'nameting'],
] as const;
const gap = 2;
const value = (bar: ChartBar) => `${bar.count} (${bar.percentage}%)`;

/**
 * The room's answers to one stelling as horizontal bars, voormeting above nameting, with counts, percentages and
 * the shift as text next to each bar: the text is the chart's alternative, the SVG only draws it.
 */
export function ResultsChart({ before, after }: { before?: PositionCounts; after?: PositionCounts }) {
  const chart = resultChart(before, after);
  const { totals } = chart;
  if (totals.before === undefined && totals.after === undefined) return null;
  const both = totals.before !== undefined && totals.after !== undefined;
  const bars = rounds.filter(([round]) => totals[round] !== undefined);
  const height = bars.length * barHeight + (bars.length - 1) * gap;
  const caption = bars
    .map(([round, name]) => `${name} ${plural(totals[round] ?? 0, 'antwoord', 'antwoorden')}`)
    .join(', ');

  return (
    <figure class="pw-chart">
      <figcaption class="pw-chart__caption">
        Uitslag van de groep: {caption}
        {both && (
          <span class="pw-chart__legend" aria-hidden="true">
            <span class="pw-chart__key pw-chart__key--before" /> voor{' '}
            <span class="pw-chart__key pw-chart__key--after" /> na
          </span>
        )}
      </figcaption>
      <ul class="pw-chart__rows">
        {chart.rows.map((row) => {
          const single = row.before ?? row.after;
          return (
            <li key={row.position} class="pw-chart__row">
              <span class="pw-chart__label">{positionLabels[row.position]}</span>
              <svg
                class="pw-chart__bars"
                viewBox={`0 0 ${chartWidth} ${height}`}
                preserveAspectRatio="none"
                aria-hidden="true"
              >
                {bars.map(([round, name], index) => {
                  const bar = row[round];
                  const y = index * (barHeight + gap);
                  return (
                    <g key={round}>
                      <rect class="pw-chart__track" x="0" y={y} width={chartWidth} height={barHeight} />
                      <rect
                        class={`pw-chart__bar pw-chart__bar--${round}`}
                        data-round={name}
                        x="0"
                        y={y}
                        width={bar?.width ?? 0}
                        height={barHeight}
                      />
                    </g>
                  );
                })}
              </svg>
              <span class="pw-chart__values">
                {both && row.before && row.after ? (
                  <>
                    voor {value(row.before)} → na {value(row.after)}
                    <span class="pw-chart__shift"> ({formatShift(row.shift ?? 0)})</span>
                  </>
                ) : (
                  single && value(single)
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
