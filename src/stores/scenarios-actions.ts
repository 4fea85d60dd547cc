// The player's actions, apart from the store: they replay the story (the scenario engine), which pages that only
// list learner data (Voortgang, Mijn gegevens) must not load with the store.
import { type PlayableEnding, type PlayableNode, type PlayableScenario, replay, scoreOf } from '../lib/scenario/engine';
import { recordScenarioEnding, saveSteps } from './scenarios';

/**
 * Makes choice `choiceIndex` where the route `steps` has led in `scenario`: keeps the longer route and, when the
 * choice ends the story, the ending with its score. Returns the choice made (for its feedback), or undefined when
 * there is no such choice there.
 */
export function chooseInScenario<Node extends PlayableNode, Ending extends PlayableEnding>(
  scenarioId: string,
  scenario: PlayableScenario<Node, Ending>,
  steps: readonly number[],
  choiceIndex: number,
): Node['choices'][number] | undefined {
  const choice = replay(scenario, steps).node?.choices[choiceIndex];
  if (!choice) return undefined;
  const next = replay(scenario, [...steps, choiceIndex]);
  saveSteps(scenarioId, next.steps);
  if (next.ending) {
    recordScenarioEnding(scenarioId, {
      id: next.ending.id,
      rating: next.ending.rating,
      score: scoreOf(next.variables),
    });
  }
  return choice;
}
