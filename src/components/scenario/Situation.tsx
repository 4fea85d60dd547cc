import type { Ref } from 'preact';
import { allHold, type Variables } from '../../lib/scenario/conditions';
import { availableChoices } from '../../lib/scenario/engine';
import type { SituationView } from '../../lib/scenario/view';

interface SituationProps {
  situation: SituationView;
  variables: Variables;
  step: number;
  headingRef: Ref<HTMLHeadingElement>;
  /** Undefined while a choice's feedback is shown, or before the island has hydrated. */
  onChoose?: (choiceIndex: number) => void;
  showChoices: boolean;
}

/** One situation of a scenario: who speaks, what happens, and the choices that are open now. */
export function Situation({ situation, variables, step, headingRef, onChoose, showChoices }: SituationProps) {
  const passages = situation.passages.filter((passage) => allHold(passage.when, variables));
  return (
    <section class="pw-situation" aria-labelledby="pw-situation-title">
      <p class="pw-meta">Situatie {step}</p>
      <h2 id="pw-situation-title" ref={headingRef} tabIndex={-1}>
        {situation.title}
      </h2>
      {situation.speaker && <p class="pw-situation__speaker">{situation.speaker}:</p>}
      <div class="pw-situation__text" dangerouslySetInnerHTML={{ __html: situation.html }} />
      {passages.map((passage) => (
        <div key={passage.html} class="pw-situation__passage" dangerouslySetInnerHTML={{ __html: passage.html }} />
      ))}
      {showChoices && (
        <>
          <h3 class="pw-situation__question">Wat doe je?</h3>
          <ul class="pw-choice-list">
            {availableChoices(situation, variables).map(({ index, choice }) => (
              <li key={index}>
                <button
                  type="button"
                  class="nl-button nl-button--secondary pw-choice-button"
                  disabled={!onChoose}
                  onClick={() => onChoose?.(index)}
                >
                  {choice.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
