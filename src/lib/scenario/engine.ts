import type { PetId } from '../common/pets';
import { allHold, type GraphChoice, scoreVariable, type Variables } from './conditions';
import { applyEffects } from './effects';
import type { Rating } from './ratings';

/** What the player needs of a scenario; both the content entry and its rendered view fit this shape. */
export interface PlayableChoice extends GraphChoice {
  label: string;
  pet?: PetId;
}
export interface PlayableNode {
  id: string;
  title: string;
  choices: readonly PlayableChoice[];
}
export interface PlayableEnding {
  id: string;
  rating: Rating;
}
export interface PlayableScenario<
  Node extends PlayableNode = PlayableNode,
  Ending extends PlayableEnding = PlayableEnding,
> {
  start: string;
  nodes: readonly Node[];
  endings: readonly Ending[];
}

/** One step of the participant's route: where they were and what they chose. */
export interface RouteStep {
  nodeId: string;
  nodeTitle: string;
  choiceIndex: number;
  choiceLabel: string;
  pet?: PetId;
}

/** Where a run stands after replaying its choices. */
export interface RunState<Node extends PlayableNode, Ending extends PlayableEnding> {
  /** The choices that could be replayed; a stored route that no longer fits the story is cut off here. */
  steps: number[];
  route: RouteStep[];
  variables: Variables;
  node?: Node;
  ending?: Ending;
}

/**
 * Replays a run's choices (indexes into each node's choices) from the start. Progress is stored as these
 * indexes, so variables and score are always recomputed from the story rather than trusted from storage.
 */
export function replay<Node extends PlayableNode, Ending extends PlayableEnding>(
  scenario: PlayableScenario<Node, Ending>,
  steps: readonly number[],
): RunState<Node, Ending> {
  const nodes = new Map(scenario.nodes.map((node) => [node.id, node]));
  const endings = new Map(scenario.endings.map((ending) => [ending.id, ending]));
  const route: RouteStep[] = [];
  let variables: Variables = {};
  let node = nodes.get(scenario.start);
  for (const choiceIndex of steps) {
    const choice = node?.choices[choiceIndex];
    if (!node || !choice || !allHold(choice.when, variables)) break;
    route.push({ nodeId: node.id, nodeTitle: node.title, choiceIndex, choiceLabel: choice.label, pet: choice.pet });
    variables = applyEffects(variables, choice.effects);
    const ending = endings.get(choice.to);
    if (ending) return { steps: route.map((step) => step.choiceIndex), route, variables, ending };
    node = nodes.get(choice.to);
  }
  return { steps: route.map((step) => step.choiceIndex), route, variables, node };
}

/** The choices offered in a node given the variables so far, with their index in the node. */
export function availableChoices<Choice extends PlayableChoice>(
  node: { choices: readonly Choice[] },
  variables: Variables,
): { index: number; choice: Choice }[] {
  return node.choices.flatMap((choice, index) => (allHold(choice.when, variables) ? [{ index, choice }] : []));
}

/** The score of a run so far. */
export function scoreOf(variables: Variables): number {
  return variables[scoreVariable] ?? 0;
}

/**
 * The highest score any route can reach, ignoring conditions; undefined when the story has a loop,
 * because then a participant could go round and collect points again.
 */
export function maxScore(scenario: PlayableScenario): number | undefined {
  const nodes = new Map(scenario.nodes.map((node) => [node.id, node]));
  const best = new Map<string, number>();
  const visiting = new Set<string>();
  const bestFrom = (id: string): number | undefined => {
    const node = nodes.get(id);
    if (!node) return 0;
    if (visiting.has(id)) return undefined;
    const known = best.get(id);
    if (known !== undefined) return known;
    visiting.add(id);
    let result: number | undefined = Number.NEGATIVE_INFINITY;
    for (const choice of node.choices) {
      const rest = bestFrom(choice.to);
      if (rest === undefined) {
        result = undefined;
        break;
      }
      result = Math.max(result, (choice.effects?.[scoreVariable] ?? 0) + rest);
    }
    visiting.delete(id);
    if (result !== undefined) best.set(id, result);
    return result;
  };
  return bestFrom(scenario.start);
}

/** Which pets a route reflects and how often, in the order the pets were first worn. */
export function petsWorn(route: readonly RouteStep[]): { pet: PetId; count: number }[] {
  const counts = new Map<PetId, number>();
  for (const { pet } of route) if (pet) counts.set(pet, (counts.get(pet) ?? 0) + 1);
  return [...counts].map(([pet, count]) => ({ pet, count }));
}
