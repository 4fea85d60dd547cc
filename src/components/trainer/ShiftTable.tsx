import { positionLabels } from '../../lib/stellingen/labels';
import { positions } from '../../lib/stellingen/score';
import type { PositionCounts, TallyCounts } from '../../lib/trainer/tally';
import { emptyCounts, fillCounts, percentagesOf, shiftOf, totalOf } from '../../lib/trainer/tally';
import { TableScroll } from '../common/TableScroll';
import type { StellingSummary } from './labels';

const signed = (value: number) => (value > 0 ? `+${value}` : `${value}`);
const cell = (counts: PositionCounts, position: (typeof positions)[number]) =>
  totalOf(counts) === 0 ? '–' : `${counts[position]} (${percentagesOf(counts)[position]}%)`;

/** The saved voormeting and nameting of the room side by side, with the shift in percentage points. */
export function ShiftTable({
  stellingen,
  before = {},
  after = {},
}: {
  stellingen: StellingSummary[];
  before?: TallyCounts;
  after?: TallyCounts;
}) {
  return (
    <TableScroll label="Verschuiving van de groep: voormeting → nameting">
      <table class="pw-shift">
        <caption>Verschuiving van de groep: voormeting → nameting</caption>
        <thead>
          <tr>
            <th scope="col">Stelling</th>
            <th scope="col">Antwoord</th>
            <th scope="col">Voormeting</th>
            <th scope="col">Nameting</th>
            <th scope="col">Verschil (procentpunt)</th>
          </tr>
        </thead>
        <tbody>
          {stellingen.flatMap((stelling) => {
            const from = fillCounts(before[stelling.id]) ?? emptyCounts();
            const to = fillCounts(after[stelling.id]) ?? emptyCounts();
            const both = totalOf(from) > 0 && totalOf(to) > 0;
            const shift = shiftOf(from, to);
            return positions.map((position, index) => (
              <tr key={`${stelling.id}-${position}`}>
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={positions.length}>
                    Stelling {stelling.order}
                  </th>
                )}
                <th scope="row">{positionLabels[position]}</th>
                <td>{cell(from, position)}</td>
                <td>{cell(to, position)}</td>
                <td>{both ? signed(shift[position]) : '–'}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
