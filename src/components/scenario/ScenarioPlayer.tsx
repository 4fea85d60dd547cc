import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PetId } from '../../lib/common/pets';
import { replay, scoreOf } from '../../lib/scenario/engine';
import type { ScenarioView } from '../../lib/scenario/view';
import { $scenarioRuns, saveSteps } from '../../stores/scenarios';
import { chooseInScenario } from '../../stores/scenarios-actions';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { PetBadge } from '../common/PetBadge';
import { StorageNotice } from '../common/StorageNotice';
import { useHydrated, useHydratedStore } from '../common/use-hydrated-store';
import { EndingReport } from './EndingReport';
import { Situation } from './Situation';

interface ScenarioPlayerProps {
  scenarioId: string;
  scenario: ScenarioView;
  maxScore?: number;
}

const noSteps: number[] = [];

/** Plays a scenario: situation, choice, feedback, Verder; with Stap terug, Opnieuw beginnen and resume. */
export function ScenarioPlayer({ scenarioId, scenario, maxScore }: ScenarioPlayerProps) {
  const hydrated = useHydrated();
  const runs = useHydratedStore($scenarioRuns);
  const position = replay(scenario, runs[scenarioId]?.steps ?? noSteps);
  const [feedback, setFeedback] = useState<{ label: string; html: string; pet?: PetId } | undefined>();
  const [focus, setFocus] = useState<'heading' | 'verder' | undefined>();
  const [confirmRestart, setConfirmRestart] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const verderRef = useRef<HTMLButtonElement>(null);

  // Layout effect: focus moves as soon as the new content is in the page, before anything else can run.
  useLayoutEffect(() => {
    if (focus === 'heading') headingRef.current?.focus();
    if (focus === 'verder') verderRef.current?.focus();
    setFocus(undefined);
  }, [focus]);

  const choose = (choiceIndex: number) => {
    const choice = chooseInScenario(scenarioId, scenario, position.steps, choiceIndex);
    if (!choice) return;
    setFeedback({ label: choice.label, html: choice.feedbackHtml, pet: choice.pet });
    setFocus('verder');
  };
  const goTo = (steps: number[]) => {
    saveSteps(scenarioId, steps);
    setFeedback(undefined);
    setFocus('heading');
  };

  return (
    <div class="pw-scenario">
      <StorageNotice sectionIds={['scenarios']} />
      {position.ending && !feedback ? (
        <EndingReport
          ending={position.ending}
          score={scoreOf(position.variables)}
          maxScore={maxScore}
          route={position.route}
          headingRef={headingRef}
        />
      ) : (
        position.node && (
          <Situation
            situation={position.node}
            variables={position.variables}
            step={feedback ? position.route.length : position.route.length + 1}
            headingRef={headingRef}
            onChoose={hydrated && !feedback ? choose : undefined}
            showChoices={!feedback}
          />
        )
      )}
      <div role="status" class="pw-scenario__feedback">
        {feedback && (
          <div class="pw-card">
            <h3>Jouw keuze: {feedback.label}</h3>
            {feedback.pet && (
              <p>
                Deze keuze past bij: <PetBadge pet={feedback.pet} />
              </p>
            )}
            <div dangerouslySetInnerHTML={{ __html: feedback.html }} />
            <button
              ref={verderRef}
              type="button"
              class="nl-button nl-button--primary"
              onClick={() => goTo(position.steps)}
            >
              Verder
            </button>
          </div>
        )}
      </div>
      {position.steps.length > 0 && (
        <p class="pw-button-row pw-no-print">
          <button
            type="button"
            class="nl-button nl-button--secondary"
            onClick={() => goTo(position.steps.slice(0, -1))}
          >
            Stap terug
          </button>
          <button type="button" class="nl-button nl-button--secondary" onClick={() => setConfirmRestart(true)}>
            Opnieuw beginnen
          </button>
        </p>
      )}
      <ConfirmDialog
        open={confirmRestart}
        title="Opnieuw beginnen?"
        confirmLabel="Ja, begin opnieuw"
        onConfirm={() => {
          setConfirmRestart(false);
          goTo([]);
        }}
        onCancel={() => setConfirmRestart(false)}
      >
        <p>Je route tot nu toe wordt gewist. Een afloop die je al hebt bereikt, blijft in je voortgang staan.</p>
      </ConfirmDialog>
    </div>
  );
}
