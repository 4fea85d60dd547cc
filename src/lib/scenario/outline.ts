import type { Scenario } from '../../schemas/scenario';
import type { PetId } from '../common/pets';
import { parseCondition } from './conditions';
import { ratingLabels } from './ratings';

const comparisonWords = {
  '>=': 'minstens',
  '<=': 'hoogstens',
  '==': 'precies',
  '!=': 'niet',
  '>': 'meer dan',
  '<': 'minder dan',
};

/** A condition in words, e.g. "Deelde zonder grondslag: minstens 1". */
export function describeCondition(text: string, variables: Scenario['variables']): string {
  const condition = parseCondition(text);
  if (!condition) return text;
  const label =
    condition.variable === 'score'
      ? 'Score'
      : (variables.find((variable) => variable.id === condition.variable)?.label ?? condition.variable);
  return `${label}: ${comparisonWords[condition.comparison]} ${condition.value}`;
}

/** One entry of the text version of a story: a situation with its choices, or an ending. */
export type OutlineEntry =
  | {
      kind: 'situation';
      id: string;
      title: string;
      speaker?: string;
      choices: { number: number; label: string; to: string; toTitle: string; onlyIf: string[]; pet?: PetId }[];
    }
  | { kind: 'ending'; id: string; title: string; rating: string };

/** The story as a list in reading order (breadth first from the start), endings last. */
export function buildOutline(scenario: Scenario): OutlineEntry[] {
  const titles = new Map([...scenario.nodes, ...scenario.endings].map((entry) => [entry.id, entry.title]));
  const nodes = new Map(scenario.nodes.map((node) => [node.id, node]));
  const order: string[] = [scenario.start];
  for (let index = 0; index < order.length; index++) {
    for (const choice of nodes.get(order[index] ?? '')?.choices ?? []) {
      if (nodes.has(choice.to) && !order.includes(choice.to)) order.push(choice.to);
    }
  }
  const situations = order.flatMap((id): OutlineEntry[] => {
    const node = nodes.get(id);
    if (!node) return [];
    return [
      {
        kind: 'situation',
        id,
        title: node.title,
        speaker: node.speaker,
        choices: node.choices.map((choice, index) => ({
          number: index + 1,
          label: choice.label,
          to: choice.to,
          toTitle: titles.get(choice.to) ?? choice.to,
          onlyIf: (choice.when ?? []).map((text) => describeCondition(text, scenario.variables)),
          pet: choice.pet,
        })),
      },
    ];
  });
  const endings = scenario.endings.map(
    (ending): OutlineEntry => ({
      kind: 'ending',
      id: ending.id,
      title: ending.title,
      rating: ratingLabels[ending.rating],
    }),
  );
  return [...situations, ...endings];
}
