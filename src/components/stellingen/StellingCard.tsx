import { certaintyLabels, positionLabels } from '../../lib/stellingen/labels';
import type { Certainty, Round, StellingAnswer } from '../../lib/stellingen/score';
import { positions } from '../../lib/stellingen/score';
import type { StellingCardView } from '../../lib/stellingen/view';

interface StellingCardProps {
  stelling: StellingCardView;
  round: Round;
  answer?: StellingAnswer;
  /** In the voormeting the explanation stays hidden until the participant has answered. */
  explanationHidden: boolean;
  onAnswer: (position: StellingAnswer['position']) => void;
  onCertainty: (certainty: Certainty) => void;
}

/** One stelling: the statement, the answer options, how sure you are, and the course's explanation. */
export function StellingCard({ stelling, round, answer, explanationHidden, onAnswer, onCertainty }: StellingCardProps) {
  const name = `${round}-${stelling.id}`;
  return (
    <article class="pw-card pw-stelling" aria-labelledby={`${name}-titel`}>
      <h3 id={`${name}-titel`}>Stelling {stelling.order}</h3>
      <blockquote class="pw-stelling__quote">
        <p>{stelling.statement}</p>
      </blockquote>
      <fieldset>
        <legend>Wat vind jij?</legend>
        {positions.map((position) => (
          <label class="pw-choice" key={position}>
            <input
              type="radio"
              name={`${name}-standpunt`}
              value={position}
              checked={answer?.position === position}
              onChange={() => onAnswer(position)}
            />
            {positionLabels[position]}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={!answer}>
        <legend>Hoe zeker ben je? (niet verplicht)</legend>
        {([1, 2, 3] as const).map((certainty) => (
          <label class="pw-choice" key={certainty}>
            <input
              type="radio"
              name={`${name}-zekerheid`}
              value={certainty}
              checked={answer?.certainty === certainty}
              onChange={() => onCertainty(certainty)}
            />
            {certaintyLabels[certainty]}
          </label>
        ))}
      </fieldset>
      {explanationHidden ? (
        <p class="pw-meta">Geef eerst je eigen antwoord. Daarna kun je de uitleg van de cursus lezen.</p>
      ) : (
        <details>
          <summary>Uitleg van de cursus</summary>
          {/* Rendered on the server by StellingExplanation, from author content; never learner input. */}
          <div class="pw-stelling__explanation" dangerouslySetInnerHTML={{ __html: stelling.explanationPanelHtml }} />
        </details>
      )}
    </article>
  );
}
