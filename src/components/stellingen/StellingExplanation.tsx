import { positionLabels } from '../../lib/stellingen/labels';
import type { StellingView } from '../../lib/stellingen/view';
import { PetBadge } from '../common/PetBadge';
import { SourceList } from '../common/SourceList';

/**
 * "Uitleg van de cursus": the course's position on a stelling, with reasoning, the view per pet, articles, sources
 * and open points, folded. Rendered on the server only; the participant's island places the HTML (StellingCard).
 */
export function StellingExplanation({ stelling }: { stelling: StellingView }) {
  const petViews = (['gemeentepet', 'hulpverlenerspet', 'coordinatie'] as const).flatMap((pet) => {
    const text = stelling.pets[pet];
    return text ? [{ pet, text }] : [];
  });
  return (
    <details>
      <summary>Uitleg van de cursus</summary>
      <div class="pw-stelling__explanation">
        <p>
          <strong>Standpunt van de cursus: {positionLabels[stelling.position]}.</strong> {stelling.verdict}
        </p>
        {/* Author Markdown, rendered to HTML at build time; never learner input. */}
        <div dangerouslySetInnerHTML={{ __html: stelling.explanationHtml }} />
        <h4>Per pet</h4>
        <dl class="pw-stelling__pets">
          {petViews.map(({ pet, text }) => (
            <div key={pet}>
              <dt>
                <PetBadge pet={pet} />
              </dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        <h4>Wetsartikelen</h4>
        <ul>
          {stelling.articles.map((article) => (
            <li key={article}>{article}</li>
          ))}
        </ul>
        {stelling.uncertain.length > 0 && (
          <div class="pw-notice">
            <h4>Nog niet zeker</h4>
            <ul>
              {stelling.uncertain.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </div>
        )}
        <h4>Bronnen</h4>
        <SourceList sources={stelling.sources} />
      </div>
    </details>
  );
}
