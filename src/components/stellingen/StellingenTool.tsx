import { useState } from 'preact/hooks';
import { encodeAnswerCode } from '../../lib/stellingen/answer-code';
import { positionLabels, roundLabels } from '../../lib/stellingen/labels';
import type { Round } from '../../lib/stellingen/score';
import { compareRounds, rounds, scoreRound } from '../../lib/stellingen/score';
import type { StellingCardView } from '../../lib/stellingen/view';
import { $stellingenAnswers, answerStelling, clearRound, setCertainty } from '../../stores/stellingen';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { StorageNotice } from '../common/StorageNotice';
import { useHydrated, useHydratedStore } from '../common/use-hydrated-store';
import { AnswerCode } from './AnswerCode';
import { RoundComparison } from './RoundComparison';
import { StellingCard } from './StellingCard';

/** The stellingen for a participant: pick a round, answer, read the reasoning, get the code and the comparison. */
export function StellingenTool({ stellingen }: { stellingen: StellingCardView[] }) {
  const hydrated = useHydrated();
  // Stored answers are only shown after hydration, so the first render matches the server HTML.
  const data = useHydratedStore($stellingenAnswers);
  const [round, setRound] = useState<Round>('voormeting');
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const answers = data[round];
  const score = scoreRound(answers, stellingen);
  const both = Object.keys(data.voormeting).length > 0 && Object.keys(data.nameting).length > 0;
  const code = encodeAnswerCode(
    round,
    Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, answer.position])),
    stellingen.map((stelling) => stelling.id),
  );

  return (
    <div class="pw-stellingen">
      <StorageNotice sectionIds={['stellingen']} />
      <fieldset class="pw-round-picker">
        <legend>Welke ronde vul je in?</legend>
        {rounds.map((option) => (
          <label class="pw-choice" key={option}>
            <input type="radio" name="ronde" checked={round === option} onChange={() => setRound(option)} />
            {roundLabels[option]} {option === 'voormeting' ? '(aan het begin)' : '(aan het eind)'}
          </label>
        ))}
      </fieldset>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      <h2>{roundLabels[round]}</h2>
      {stellingen.map((stelling) => (
        <StellingCard
          key={`${round}-${stelling.id}`}
          stelling={stelling}
          round={round}
          answer={answers[stelling.id]}
          explanation={!hydrated ? 'noscript' : round === 'voormeting' && !answers[stelling.id] ? 'held-back' : 'shown'}
          onAnswer={(position) => {
            answerStelling(round, stelling.id, position);
            setAnnouncement(`Stelling ${stelling.order}: ${positionLabels[position]} is bewaard.`);
          }}
          onCertainty={(certainty) => setCertainty(round, stelling.id, certainty)}
        />
      ))}
      {score.answered > 0 && (
        <section aria-labelledby="resultaat-titel" class="pw-card">
          <h2 id="resultaat-titel">Jouw resultaat: {roundLabels[round].toLowerCase()}</h2>
          <p>
            Je hebt {score.answered} van {score.total} stellingen beantwoord. {score.inLine} van je antwoorden{' '}
            {score.inLine === 1 ? 'komt' : 'komen'} overeen met het standpunt van de cursus.
          </p>
          <AnswerCode code={code} />
          <button type="button" class="nl-button nl-button--secondary" onClick={() => setConfirming(true)}>
            Opnieuw
          </button>
        </section>
      )}
      {both && (
        <RoundComparison
          comparison={compareRounds(data.voormeting, data.nameting, stellingen)}
          stellingen={stellingen}
        />
      )}
      <ConfirmDialog
        open={confirming}
        title={`${roundLabels[round]} opnieuw doen?`}
        confirmLabel="Ja, wis deze ronde"
        onConfirm={() => {
          clearRound(round);
          setConfirming(false);
          setAnnouncement(`De ${roundLabels[round].toLowerCase()} is gewist.`);
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>Je antwoorden in deze ronde worden gewist. De andere ronde blijft staan.</p>
      </ConfirmDialog>
    </div>
  );
}
