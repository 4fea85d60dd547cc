// The build-time checks of the Pettenkompas across content/kompas/vragen.yaml and uitkomsten.yaml: the graph
// (one start, no dangling next, no cycle, nothing unreachable) and the ids it links to. Pure: the loader in
// src/lib/collections/kompas.ts passes the entries and the known ids in. Each field of an entry is checked by
// its schema (src/schemas/kompas.ts) before this runs.
import { ContentError } from '../../schemas/friendly-errors';
import { closestIds } from '../common/closest-ids';
import { checkReachable, checkTargets, type ScenarioGraph } from '../scenario/graph';

/** What the graph checks need of a question. */
export interface GraphQuestion {
  id: string;
  start?: boolean;
  terms?: readonly string[];
  answers: readonly { id: string; next: string }[];
}

/** What the graph checks need of an outcome. */
export interface GraphOutcome {
  id: string;
  lessons: readonly string[];
  scenarios?: readonly string[];
  terms?: readonly string[];
  wet?: readonly string[];
}

/** The ids an outcome or question may link to, each list from its own content. */
export interface KnownIds {
  lessons: readonly string[];
  scenarios: readonly string[];
  terms: readonly string[];
  wet: readonly string[];
}

/** The two files, as an error names them. */
export interface KompasFiles {
  vragen: string;
  uitkomsten: string;
}

export const kompasFiles: KompasFiles = {
  vragen: 'content/kompas/vragen.yaml',
  uitkomsten: 'content/kompas/uitkomsten.yaml',
};

/** One problem: the file, the field path starting at the entry's id, what is wrong and how to fix it. */
export interface KompasIssue {
  file: string;
  path: (string | number)[];
  message: string;
  fix: string;
}

interface Graph {
  questions: readonly GraphQuestion[];
  outcomes: readonly GraphOutcome[];
}

/** Runs every check; an empty list means every route from the start ends in an outcome. */
export function checkKompas(graph: Graph, known: KnownIds, files: KompasFiles = kompasFiles): KompasIssue[] {
  const ids = checkIds(graph, files);
  if (ids.length > 0) return ids;
  const start = checkStart(graph, files);
  const targets = checkNext(graph, files);
  const cycles = checkCycles(graph, files);
  const startId = graph.questions.find((question) => question.start)?.id;
  // Reachability only means something once there is a start and the answers point somewhere real.
  const reach = start.length === 0 && targets.length === 0 && startId ? checkReach(graph, startId, files) : [];
  return [...start, ...targets, ...cycles, ...reach, ...checkLinks(graph, known, files)];
}

/** An id is used once across both files, and an answer id once within its question. */
export function checkIds(graph: Graph, files: KompasFiles = kompasFiles): KompasIssue[] {
  const questionIds = new Set(graph.questions.map((question) => question.id));
  const issues: KompasIssue[] = graph.outcomes
    .filter((outcome) => questionIds.has(outcome.id))
    .map((outcome) => ({
      file: files.uitkomsten,
      path: [outcome.id, 'id'],
      message: `the id "${outcome.id}" is also the id of a question in ${files.vragen}; both would be the page /kompas/${outcome.id}/`,
      fix: 'give the outcome or the question another id, and change the `next` that points to it.',
    }));
  for (const question of graph.questions) {
    const seen = new Set<string>();
    question.answers.forEach((answer, index) => {
      if (seen.has(answer.id)) {
        issues.push({
          file: files.vragen,
          path: [question.id, 'answers', index, 'id'],
          message: `the question "${question.id}" has two answers with the id "${answer.id}"`,
          fix: 'give every answer of a question its own id.',
        });
      }
      seen.add(answer.id);
    });
  }
  return issues;
}

/** Exactly one question has `start: true`. */
export function checkStart(graph: Graph, files: KompasFiles = kompasFiles): KompasIssue[] {
  const starts = graph.questions.filter((question) => question.start);
  if (starts.length === 1) return [];
  if (starts.length === 0) {
    return [
      {
        file: files.vragen,
        path: [],
        message: 'no question has `start: true`, so the Pettenkompas has no first page',
        fix: `add \`start: true\` to the first question${graph.questions[0] ? `, e.g. "${graph.questions[0].id}"` : ''}.`,
      },
    ];
  }
  return starts.slice(1).map((question) => ({
    file: files.vragen,
    path: [question.id, 'start'],
    message: `"${question.id}" has \`start: true\`, but "${starts[0]?.id}" already starts the Pettenkompas`,
    fix: 'keep `start: true` on one question only, and remove it here.',
  }));
}

/** The scenario graph code's view of the kompas: questions are nodes, answers choices, outcomes endings. */
function asScenarioGraph(graph: Graph, start: string): ScenarioGraph {
  return {
    start,
    variables: [],
    nodes: graph.questions.map((question) => ({
      id: question.id,
      choices: question.answers.map((answer) => ({ to: answer.next })),
    })),
    endings: graph.outcomes.map((outcome) => ({ id: outcome.id })),
  };
}

/** Every `next` names a question or an outcome. */
export function checkNext(graph: Graph, files: KompasFiles = kompasFiles): KompasIssue[] {
  const ids = [...graph.questions, ...graph.outcomes].map((entry) => entry.id);
  return checkTargets(asScenarioGraph(graph, '')).flatMap(({ path }) => {
    const question = graph.questions[Number(path[1])];
    const answerIndex = Number(path[3]);
    const answer = question?.answers[answerIndex];
    if (!question || !answer) return [];
    const suggestions = closestIds(answer.next, ids).map((id) => `"${id}"`);
    return [
      {
        file: files.vragen,
        path: [question.id, 'answers', answerIndex, 'next'],
        message: `the answer "${answer.id}" of question "${question.id}" leads to "${answer.next}", which is not a question or an outcome`,
        fix: `use the id of a question in ${files.vragen} or an outcome in ${files.uitkomsten} (did you mean ${suggestions.join(', ')}?).`,
      },
    ];
  });
}

/** No route goes in a circle: following answers never leads back to a question already on the route. */
export function checkCycles(graph: Graph, files: KompasFiles = kompasFiles): KompasIssue[] {
  const byId = new Map(graph.questions.map((question) => [question.id, question]));
  const state = new Map<string, 'open' | 'done'>();
  const issues: KompasIssue[] = [];
  const visit = (question: GraphQuestion, route: string[]) => {
    state.set(question.id, 'open');
    question.answers.forEach((answer, index) => {
      const next = byId.get(answer.next);
      if (!next) return;
      if (state.get(next.id) === 'open') {
        const circle = [...route.slice(route.indexOf(next.id)), question.id, next.id];
        issues.push({
          file: files.vragen,
          path: [question.id, 'answers', index, 'next'],
          message: `the answer "${answer.id}" of question "${question.id}" leads back to "${next.id}": the route ${circle.join(' → ')} goes in a circle`,
          fix: 'let this answer lead to a later question or to an outcome; a route may not visit a question twice.',
        });
      } else if (!state.has(next.id)) {
        visit(next, [...route, question.id]);
      }
    });
    state.set(question.id, 'done');
  };
  for (const question of graph.questions) if (!state.has(question.id)) visit(question, []);
  return issues;
}

/** Every question and outcome can be reached from the start. */
export function checkReach(graph: Graph, start: string, files: KompasFiles = kompasFiles): KompasIssue[] {
  return checkReachable(asScenarioGraph(graph, start)).flatMap(({ path }) => {
    const isQuestion = path[0] === 'nodes';
    const entry = isQuestion ? graph.questions[Number(path[1])] : graph.outcomes[Number(path[1])];
    if (!entry) return [];
    const kind = isQuestion ? 'question' : 'outcome';
    return [
      {
        file: isQuestion ? files.vragen : files.uitkomsten,
        path: [entry.id, 'id'],
        message: `the ${kind} "${entry.id}" cannot be reached from the start "${start}": no answer leads to it`,
        fix: `let an answer in ${files.vragen} have \`next: ${entry.id}\`, or remove the ${kind}.`,
      },
    ];
  });
}

/** Every lesson, scenario, term and wet an entry links to exists. */
export function checkLinks(graph: Graph, known: KnownIds, files: KompasFiles = kompasFiles): KompasIssue[] {
  const where: Record<keyof KnownIds, string> = {
    lessons: 'a lesson: a file name in content/lessons without .mdx',
    scenarios: 'a scenario: a file name in content/scenarios without .yaml',
    terms: 'a term in content/begrippen.yaml',
    wet: 'a law in content/course/wetgeving.yaml',
  };
  const check = (file: string, id: string, field: keyof KnownIds, values: readonly string[] | undefined) =>
    (values ?? []).flatMap((value, index): KompasIssue[] => {
      if (known[field].includes(value)) return [];
      const containing = known[field].filter((id) => id.includes(value) || value.includes(id));
      const suggestions = [...new Set([...containing, ...closestIds(value, known[field])])]
        .slice(0, 3)
        .map((suggestion) => `"${suggestion}"`);
      return [
        {
          file,
          path: [id, field, index],
          message: `"${value}" is not ${where[field]}`,
          fix: `use an existing id (did you mean ${suggestions.join(', ')}?), or add the entry it names.`,
        },
      ];
    });
  return [
    ...graph.questions.flatMap((question) => check(files.vragen, question.id, 'terms', question.terms)),
    ...graph.outcomes.flatMap((outcome) => [
      ...check(files.uitkomsten, outcome.id, 'lessons', outcome.lessons),
      ...check(files.uitkomsten, outcome.id, 'scenarios', outcome.scenarios),
      ...check(files.uitkomsten, outcome.id, 'terms', outcome.terms),
      ...check(files.uitkomsten, outcome.id, 'wet', outcome.wet),
    ]),
  ];
}

/** The issues as one error per file, in the site's friendly format; throws nothing when there are none. */
export function assertNoKompasIssues(issues: readonly KompasIssue[]): void {
  if (issues.length === 0) return;
  const files = [...new Set(issues.map((issue) => issue.file))];
  const errors = files.map(
    (file) =>
      new ContentError(
        file,
        issues
          .filter((issue) => issue.file === file)
          .map(({ path, message, fix }) => ({ code: 'custom', path, message, params: { fix }, input: undefined })),
        undefined,
      ),
  );
  if (errors.length === 1) throw errors[0];
  throw new Error(errors.map((error) => error.message).join('\n'));
}
