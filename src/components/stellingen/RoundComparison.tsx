import { positionLabels } from '../../lib/stellingen/labels';
import type { RoundComparisonData, StellingAnswer } from '../../lib/stellingen/score';
import type { StellingCardView } from '../../lib/stellingen/view';
import { RoundDots } from '../common/RoundDots';
import { TableScroll } from '../common/TableScroll';

const answerText = (answer?: StellingAnswer) => (answer ? positionLabels[answer.position] : 'geen antwoord');
const formatCertainty = (value?: number) => (value === undefined ? 'niet ingevuld' : value.toLocaleString('nl-NL'));

/** Voormeting and nameting side by side, with the course's position and how certainty changed. */
export function RoundComparison({
  comparison,
  stellingen,
}: {
  comparison: RoundComparisonData;
  stellingen: StellingCardView[];
}) {
  return (
    <section aria-labelledby="vergelijking-titel" class="pw-comparison">
      <h2 id="vergelijking-titel">Voor en na het webinar</h2>
      <p class="pw-lead">
        In lijn met de cursus: {comparison.before.inLine} van {comparison.before.total} → {comparison.after.inLine} van{' '}
        {comparison.after.total}
      </p>
      <RoundDots
        counts={{ voormeting: comparison.before.inLine, nameting: comparison.after.inLine }}
        total={comparison.before.total}
      />
      <p>
        Gemiddelde zekerheid (1 tot 3): {formatCertainty(comparison.certaintyBefore)} →{' '}
        {formatCertainty(comparison.certaintyAfter)}
      </p>
      <TableScroll label="Jouw antwoorden per ronde">
        <table>
          <caption>Jouw antwoorden per ronde</caption>
          <thead>
            <tr>
              <th scope="col">Stelling</th>
              <th scope="col">Voormeting</th>
              <th scope="col">Nameting</th>
              <th scope="col">Cursus</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => {
              const stelling = stellingen.find((item) => item.id === row.id);
              return (
                <tr key={row.id}>
                  <th scope="row">{stelling ? `${stelling.order}. ${stelling.statement}` : row.id}</th>
                  <td>{answerText(row.before)}</td>
                  <td>
                    {answerText(row.after)}
                    {row.changed && <span class="pw-meta"> (veranderd)</span>}
                  </td>
                  <td>{positionLabels[row.coursePosition]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
