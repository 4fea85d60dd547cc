import { positionLabels } from '../../lib/stellingen/labels';
import { positions } from '../../lib/stellingen/score';
import type { TallyCounts } from '../../lib/trainer/tally';
import { emptyCounts, readCount } from '../../lib/trainer/tally';
import { TableScroll } from '../common/TableScroll';
import type { StellingSummary } from './labels';

interface CountsTableProps {
  stellingen: StellingSummary[];
  counts: TallyCounts;
  onChange: (counts: TallyCounts) => void;
}

/** The counts as number fields, to type them by hand or correct what the chat gave. */
export function CountsTable({ stellingen, counts, onChange }: CountsTableProps) {
  const update = (id: string, position: (typeof positions)[number], text: string) => {
    const current = counts[id] ?? emptyCounts();
    onChange({ ...counts, [id]: { ...current, [position]: readCount(text) } });
  };
  return (
    <TableScroll label="Aantallen per stelling">
      <table class="pw-counts">
        <caption>Aantallen per stelling</caption>
        <thead>
          <tr>
            <th scope="col">Stelling</th>
            {positions.map((position) => (
              <th key={position} scope="col">
                {positionLabels[position]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stellingen.map((stelling) => (
            <tr key={stelling.id}>
              <th scope="row">Stelling {stelling.order}</th>
              {positions.map((position) => (
                <td key={position}>
                  <input
                    type="number"
                    inputMode="numeric"
                    min={0}
                    step={1}
                    aria-label={`Stelling ${stelling.order}, ${positionLabels[position]}`}
                    value={counts[stelling.id]?.[position] ?? 0}
                    onInput={(event) => update(stelling.id, position, event.currentTarget.value)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
