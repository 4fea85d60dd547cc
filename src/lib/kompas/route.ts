// The route through the Pettenkompas: the answers given so far. It travels in the query string as
// `?route=<question>.<answer>~<question>.<answer>…`; ids are slugs, so the text needs no escaping.
import type { GraphQuestion } from './graph';

/** The query parameter that carries the route. */
export const routeParameter = 'route';

/** One answer given: the question's id and the answer's id. */
export interface RouteStep {
  question: string;
  answer: string;
}

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';
const stepPattern = `${slug}\\.${slug}`;
/** A whole route as text: one or more steps joined by "~". */
export const routePattern = new RegExp(`^${stepPattern}(?:~${stepPattern})*$`);

/** A step as it is written in the route, e.g. "wat-doe-je-nu.toeleiding". */
export function encodeStep(step: RouteStep): string {
  return `${step.question}.${step.answer}`;
}

/** The route as the query string value; an empty route is an empty text. */
export function encodeRoute(steps: readonly RouteStep[]): string {
  return steps.map(encodeStep).join('~');
}

/** The steps of a route text, or undefined when the text is not a route (empty, other characters, a missing dot). */
export function decodeRoute(text: string | null | undefined): RouteStep[] | undefined {
  if (!text || !routePattern.test(text)) return undefined;
  return text.split('~').map((step) => {
    const [question = '', answer = ''] = step.split('.');
    return { question, answer };
  });
}

/** The address of a kompas page with the route so far, e.g. `/kompas/wie-vraagt/?route=wat-doe-je-nu.hulpverlening`. */
export function kompasHref(id: string, steps: readonly RouteStep[] = []): string {
  return steps.length > 0 ? `/kompas/${id}/?${routeParameter}=${encodeRoute(steps)}` : `/kompas/${id}/`;
}

/**
 * Every route from the start to `target`, at most `limit` of them (the kompas has no cycles, so the walk ends).
 * A route to the start question itself is the empty route.
 */
export function routesTo(questions: readonly GraphQuestion[], target: string, limit = 50): RouteStep[][] {
  const start = questions.find((question) => question.start);
  if (!start) return [];
  const routes: RouteStep[][] = [];
  const walk = (question: GraphQuestion, route: RouteStep[], seen: Set<string>) => {
    if (routes.length >= limit) return;
    if (question.id === target) {
      routes.push(route);
      return;
    }
    for (const answer of question.answers) {
      const step = { question: question.id, answer: answer.id };
      if (answer.next === target) {
        if (routes.length < limit) routes.push([...route, step]);
        continue;
      }
      const next = questions.find((candidate) => candidate.id === answer.next);
      if (next && !seen.has(next.id)) walk(next, [...route, step], new Set([...seen, next.id]));
    }
  };
  walk(start, [], new Set([start.id]));
  return routes;
}

/**
 * Every answer that lies on some route from the start to `target`, in an order where a question comes before
 * the questions it leads to. The outcome page lists these once, and the inline script shows the ones on the route.
 */
export function stepsTowards(questions: readonly GraphQuestion[], target: string): RouteStep[] {
  const byId = new Map(questions.map((question) => [question.id, question]));
  // The questions from which `target` can be reached, found backwards.
  const leadsThere = new Set<string>([target]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const question of questions) {
      if (!leadsThere.has(question.id) && question.answers.some((answer) => leadsThere.has(answer.next))) {
        leadsThere.add(question.id);
        grew = true;
      }
    }
  }
  const start = questions.find((question) => question.start);
  if (!start || !leadsThere.has(start.id)) return [];
  // Depth-first from the start, in reverse finishing order: a topological order of the questions on the way.
  const order: string[] = [];
  const done = new Set<string>();
  const visit = (id: string) => {
    if (done.has(id) || id === target) return;
    done.add(id);
    for (const answer of byId.get(id)?.answers ?? []) if (leadsThere.has(answer.next)) visit(answer.next);
    order.unshift(id);
  };
  visit(start.id);
  return order.flatMap((id) =>
    (byId.get(id)?.answers ?? [])
      .filter((answer) => leadsThere.has(answer.next))
      .map((answer) => ({ question: id, answer: answer.id })),
  );
}

/** The question a "Terug" link leads to without a route: the only question that leads here, if there is one. */
export function onlyParent(questions: readonly GraphQuestion[], target: string): string | undefined {
  const parents = new Set(
    questions.filter((question) => question.answers.some((answer) => answer.next === target)).map((q) => q.id),
  );
  return parents.size === 1 ? [...parents][0] : undefined;
}
