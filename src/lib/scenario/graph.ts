import { allHold, type GraphChoice, parseCondition, scoreVariable, type Variables } from './conditions';
import { applyEffects } from './effects';
import { type Rating, ratings } from './ratings';

/** The parts of a scenario that make up its graph; the content schema's output fits this shape. */
export interface GraphNode {
  id: string;
  choices: readonly GraphChoice[];
  passages?: readonly { when?: readonly string[] }[];
}
export interface GraphEnding {
  id: string;
  rating?: string;
}
export interface ScenarioGraph {
  start: string;
  variables: readonly { id: string }[];
  nodes: readonly GraphNode[];
  endings: readonly GraphEnding[];
}

/** A broken spot in a scenario: the field path, what is wrong, and how to fix it. */
export interface GraphIssue {
  path: (string | number)[];
  message: string;
  fix: string;
}

/** Runs every graph check; an empty list means the story can be played from start to an ending. */
export function checkScenarioGraph(graph: ScenarioGraph): GraphIssue[] {
  const ids = checkUniqueIds(graph);
  if (ids.length > 0) return ids;
  return [
    ...checkStart(graph),
    ...checkTargets(graph),
    ...checkVariables(graph),
    ...checkRatings(graph),
    ...checkNoStuckRoute(graph),
    ...checkReachable(graph),
    ...checkEndingReachable(graph),
  ];
}

/** Node, ending and variable ids must each be unique, and a node and an ending may not share an id. */
export function checkUniqueIds(graph: ScenarioGraph): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const seen = new Set<string>();
  const lists = [
    ['nodes', graph.nodes],
    ['endings', graph.endings],
  ] as const;
  for (const [list, entries] of lists) {
    entries.forEach(({ id }, index) => {
      if (seen.has(id)) {
        issues.push({
          path: [list, index, 'id'],
          message: `the id "${id}" is used for more than one node or ending`,
          fix: 'give every node and every ending its own id.',
        });
      }
      seen.add(id);
    });
  }
  const variables = new Set<string>();
  graph.variables.forEach(({ id }, index) => {
    if (variables.has(id) || id === scoreVariable) {
      issues.push({
        path: ['variables', index, 'id'],
        message: id === scoreVariable ? '"score" is built in' : `the variable "${id}" is declared twice`,
        fix: id === scoreVariable ? 'remove this declaration; every scenario has a score.' : 'declare it once.',
      });
    }
    variables.add(id);
  });
  return issues;
}

/** The start must name a node. */
export function checkStart(graph: ScenarioGraph): GraphIssue[] {
  if (graph.nodes.some((node) => node.id === graph.start)) return [];
  return [
    {
      path: ['start'],
      message: `the start node "${graph.start}" does not exist`,
      fix: `set start to the id of a node: ${listIds(graph.nodes)}.`,
    },
  ];
}

/** Every choice must lead to an existing node or ending. */
export function checkTargets(graph: ScenarioGraph): GraphIssue[] {
  const targets = new Set([...graph.nodes, ...graph.endings].map((entry) => entry.id));
  return eachChoice(graph).flatMap(({ node, nodeIndex, choice, choiceIndex }) =>
    targets.has(choice.to)
      ? []
      : [
          {
            path: ['nodes', nodeIndex, 'choices', choiceIndex, 'to'],
            message: `in node "${node.id}", choice ${choiceIndex + 1} leads to "${choice.to}", which is not a node or ending`,
            fix: `use one of: ${listIds([...graph.nodes, ...graph.endings])}.`,
          },
        ],
  );
}

/** Conditions must be readable and, like effects, name declared variables (or score). */
export function checkVariables(graph: ScenarioGraph): GraphIssue[] {
  const declared = new Set([scoreVariable, ...graph.variables.map((variable) => variable.id)]);
  const known = `declare it under variables, or use one of: ${[...declared].join(', ')}.`;
  const checkConditions = (conditions: readonly string[] | undefined, path: (string | number)[], where: string) =>
    (conditions ?? []).flatMap((text, index): GraphIssue[] => {
      const condition = parseCondition(text);
      if (!condition) {
        return [
          {
            path: [...path, index],
            message: `${where}: the condition "${text}" cannot be read`,
            fix: 'write it as "<variable> <comparison> <whole number>", e.g. "zonder-grondslag >= 1"; comparisons are >=, <=, ==, !=, >, <.',
          },
        ];
      }
      return declared.has(condition.variable)
        ? []
        : [
            {
              path: [...path, index],
              message: `${where}: the condition names "${condition.variable}", which is not declared`,
              fix: known,
            },
          ];
    });

  return graph.nodes.flatMap((node, nodeIndex) => [
    ...(node.passages ?? []).flatMap((passage, passageIndex) =>
      checkConditions(
        passage.when,
        ['nodes', nodeIndex, 'passages', passageIndex, 'when'],
        `in node "${node.id}", passage ${passageIndex + 1}`,
      ),
    ),
    ...node.choices.flatMap((choice, choiceIndex) => {
      const at = ['nodes', nodeIndex, 'choices', choiceIndex];
      const where = `in node "${node.id}", choice ${choiceIndex + 1}`;
      return [
        ...checkConditions(choice.when, [...at, 'when'], where),
        ...Object.keys(choice.effects ?? {})
          .filter((variable) => !declared.has(variable))
          .map((variable) => ({
            path: [...at, 'effects', variable],
            message: `${where}: the effect changes "${variable}", which is not declared`,
            fix: known,
          })),
      ];
    }),
  ]);
}

/** Every ending needs one of the three ratings. */
export function checkRatings(graph: ScenarioGraph): GraphIssue[] {
  return graph.endings.flatMap((ending, index) =>
    ratings.includes(ending.rating as Rating)
      ? []
      : [
          {
            path: ['endings', index, 'rating'],
            message: `the ending "${ending.id}" has no valid rating`,
            fix: `set rating to one of: ${ratings.join(', ')}.`,
          },
        ],
  );
}

/**
 * Plays every route through the story, conditions included, and reports a node where some route leaves
 * the participant without any choice whose conditions hold. Counters are capped just past the numbers the
 * conditions compare with, so a loop that keeps adding points still ends the search.
 */
export function checkNoStuckRoute(graph: ScenarioGraph): GraphIssue[] {
  const nodes = new Map(graph.nodes.map((node, index) => [node.id, { node, index }]));
  const bounds = conditionBounds(graph);
  const cap = (variables: Variables): Variables =>
    Object.fromEntries(
      [...bounds].map(([name, [low, high]]) => [name, Math.min(high + 1, Math.max(low - 1, variables[name] ?? 0))]),
    );
  const cameFrom = new Map<string, string | undefined>();
  const keyOf = (id: string, variables: Variables) => `${id}|${JSON.stringify(variables)}`;
  const routeTo = (key: string): string[] => {
    const route: string[] = [];
    for (let at: string | undefined = key; at !== undefined; at = cameFrom.get(at))
      route.unshift(at.split('|')[0] ?? '');
    return route;
  };
  const startKey = keyOf(graph.start, cap({}));
  cameFrom.set(startKey, undefined);
  const stack: { id: string; variables: Variables; key: string }[] = [
    { id: graph.start, variables: cap({}), key: startKey },
  ];
  for (let state = stack.pop(); state !== undefined; state = stack.pop()) {
    const entry = nodes.get(state.id);
    if (!entry) continue;
    const open = entry.node.choices.filter((choice) => allHold(choice.when, state.variables));
    if (open.length === 0) {
      return [
        {
          path: ['nodes', entry.index, 'choices'],
          message: `in node "${state.id}", no choice's condition holds after the route ${routeTo(state.key).join(' → ')}`,
          fix: 'add a choice without `when`, or make the conditions cover every case.',
        },
      ];
    }
    for (const choice of open) {
      const variables = cap(applyEffects(state.variables, choice.effects));
      const key = keyOf(choice.to, variables);
      if (cameFrom.has(key)) continue;
      cameFrom.set(key, state.key);
      stack.push({ id: choice.to, variables, key });
    }
  }
  return [];
}

/** Per variable used in a condition: the lowest and highest number it is compared with. */
function conditionBounds(graph: ScenarioGraph): Map<string, [number, number]> {
  const bounds = new Map<string, [number, number]>();
  const conditions = graph.nodes.flatMap((node) => [
    ...node.choices.flatMap((choice) => choice.when ?? []),
    ...(node.passages ?? []).flatMap((passage) => passage.when ?? []),
  ]);
  for (const text of conditions) {
    const condition = parseCondition(text);
    if (!condition) continue;
    const [low, high] = bounds.get(condition.variable) ?? [condition.value, condition.value];
    bounds.set(condition.variable, [Math.min(low, condition.value), Math.max(high, condition.value)]);
  }
  return bounds;
}

/** Every node and ending must be reachable from the start. */
export function checkReachable(graph: ScenarioGraph): GraphIssue[] {
  const reached = new Set<string>([graph.start]);
  const queue = [graph.start];
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const choice of byId.get(id)?.choices ?? []) {
      if (!reached.has(choice.to)) {
        reached.add(choice.to);
        queue.push(choice.to);
      }
    }
  }
  const lists = [
    ['nodes', graph.nodes, 'node'],
    ['endings', graph.endings, 'ending'],
  ] as const;
  return lists.flatMap(([list, entries, kind]) =>
    entries.flatMap((entry, index) =>
      reached.has(entry.id)
        ? []
        : [
            {
              path: [list, index, 'id'],
              message: `the ${kind} "${entry.id}" cannot be reached from the start`,
              fix: `let a choice lead to "${entry.id}", or remove the ${kind}.`,
            },
          ],
    ),
  );
}

/** From every node some ending must be reachable: no dead end, no loop without a way out. */
export function checkEndingReachable(graph: ScenarioGraph): GraphIssue[] {
  const canFinish = new Set(graph.endings.map((ending) => ending.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of graph.nodes) {
      if (!canFinish.has(node.id) && node.choices.some((choice) => canFinish.has(choice.to))) {
        canFinish.add(node.id);
        grew = true;
      }
    }
  }
  return graph.nodes.flatMap((node, index) =>
    canFinish.has(node.id)
      ? []
      : [
          {
            path: ['nodes', index, 'choices'],
            message:
              node.choices.length === 0
                ? `the node "${node.id}" has no choices, so the story stops there`
                : `from the node "${node.id}" no ending can be reached: its choices only loop back`,
            fix: 'add a choice that leads, directly or through other nodes, to an ending.',
          },
        ],
  );
}

function eachChoice(graph: ScenarioGraph) {
  return graph.nodes.flatMap((node, nodeIndex) =>
    node.choices.map((choice, choiceIndex) => ({ node, nodeIndex, choice, choiceIndex })),
  );
}

function listIds(entries: readonly { id: string }[]): string {
  return entries.map((entry) => entry.id).join(', ');
}
