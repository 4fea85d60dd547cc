/** How a condition compares a variable with a number. */
export const comparisons = ['>=', '<=', '==', '!=', '>', '<'] as const;
export type Comparison = (typeof comparisons)[number];

/** A parsed condition such as `zonder-grondslag >= 1`. */
export interface Condition {
  variable: string;
  comparison: Comparison;
  value: number;
}

/** Variables of a run: the author's named counters and the built-in `score`. */
export type Variables = Readonly<Record<string, number>>;

const conditionPattern = /^\s*([a-z][a-z0-9-]*)\s*(>=|<=|==|!=|>|<)\s*(-?\d+)\s*$/;

/** Reads one condition written as "<variable> <comparison> <whole number>"; undefined when it is not one. */
export function parseCondition(text: string): Condition | undefined {
  const match = conditionPattern.exec(text);
  if (!match) return undefined;
  const [, variable = '', comparison, value] = match;
  return { variable, comparison: comparison as Comparison, value: Number(value) };
}

/** Whether one condition holds; a variable that was never set counts as 0. */
export function holds({ variable, comparison, value }: Condition, variables: Variables): boolean {
  const current = variables[variable] ?? 0;
  switch (comparison) {
    case '>=':
      return current >= value;
    case '<=':
      return current <= value;
    case '==':
      return current === value;
    case '!=':
      return current !== value;
    case '>':
      return current > value;
    case '<':
      return current < value;
  }
}

/** Whether every condition in a list holds; an unreadable condition never holds (the build rejects those). */
export function allHold(conditions: readonly string[] | undefined, variables: Variables): boolean {
  return (conditions ?? []).every((text) => {
    const condition = parseCondition(text);
    return condition !== undefined && holds(condition, variables);
  });
}

/** The variable every scenario has without declaring it. */
export const scoreVariable = 'score';

/** A choice as the player and the graph checks see it: where it leads, when it is offered, what it changes. */
export interface GraphChoice {
  to: string;
  when?: readonly string[];
  effects?: Readonly<Record<string, number>>;
}
