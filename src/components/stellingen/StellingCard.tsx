import { certaintyLabels, positionLabels } from '../../lib/stellingen/labels';
import type { Certainty, Round, StellingAnswer } from '../../lib/stellingen/score';
import { positions } from '../../lib/stellingen/score';
import type { StellingCardView } from '../../lib/stellingen/view';

interface StellingCardProps {
  stelling: StellingCardView;
  round: Round;
  answer?: StellingAnswer;
  /**
   * Where the explanation is: before hydration in noscript (read without JavaScript; with it, the browser neither
   * lays it out nor makes the island walk it), after it held back in the voormeting until answered, or shown.
   */
  explanation: 'noscript' | 'held-back' | 'shown';
  onAnswer: (position: StellingAnswer['position']) => void;
  onCertainty: (certainty: Certainty) => void;
}

/** One stelling: the statement, the answer options, how sure you are, and the course's explanation. */
export function StellingCard({ stelling, round, answer, explanation, onAnswer, onCertainty }: StellingCardProps) {
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
      {explanation === 'shown' ? (
        // Rendered on the server by StellingExplanation, from author content; never learner input.
        <div dangerouslySetInnerHTML={{ __html: stelling.explanationBlockHtml }} />
      ) : (
        <>
          {explanation === 'noscript' && (
            <noscript dangerouslySetInnerHTML={{ __html: stelling.explanationBlockHtml }} />
          )}
          <p class="pw-meta pw-stelling__wait">
            Geef eerst je eigen antwoord. Daarna kun je de uitleg van de cursus lezen.
          </p>
        </>
      )}
    </article>
  );
}
