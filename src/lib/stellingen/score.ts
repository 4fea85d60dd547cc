/** The three answers a participant can give to a stelling. */
export const positions = ['eens', 'oneens', 'het hangt ervan af'] as const;
export type Position = (typeof positions)[number];

/** How sure the participant is: 1 een beetje, 2 redelijk, 3 heel zeker. */
export type Certainty = 1 | 2 | 3;

/** The two moments a participant answers: at the start and at the end of the webinar. */
export const rounds = ['voormeting', 'nameting'] as const;
export type Round = (typeof rounds)[number];

/** One answer to one stelling. */
export interface StellingAnswer {
  position: Position;
  certainty?: Certainty;
}

/** Answers of one round, keyed by stelling id. */
export type RoundAnswers = Record<string, StellingAnswer>;

/** What scoring needs of a stelling: its id and the course's position. */
export interface StellingKey {
  id: string;
  position: Position;
}

/** The result of one round: how many answered, how many in line with the course. */
export interface RoundScore {
  answered: number;
  inLine: number;
  total: number;
}

/** Counts the answers in a round and how many match the course's position. */
export function scoreRound(answers: RoundAnswers, stellingen: readonly StellingKey[]): RoundScore {
  const given = stellingen.filter((stelling) => answers[stelling.id]);
  return {
    answered: given.length,
    inLine: given.filter((stelling) => answers[stelling.id]?.position === stelling.position).length,
    total: stellingen.length,
  };
}

/** One row of the before/after comparison. */
export interface ComparisonRow {
  id: string;
  before?: StellingAnswer;
  after?: StellingAnswer;
  coursePosition: Position;
  changed: boolean;
}

/** Before and after side by side, with the average certainty of each round where it was given. */
export interface RoundComparisonData {
  rows: ComparisonRow[];
  before: RoundScore;
  after: RoundScore;
  certaintyBefore?: number;
  certaintyAfter?: number;
}

/** Compares the voormeting with the nameting, stelling by stelling. */
export function compareRounds(
  before: RoundAnswers,
  after: RoundAnswers,
  stellingen: readonly StellingKey[],
): RoundComparisonData {
  return {
    rows: stellingen.map((stelling) => {
      const was = before[stelling.id];
      const is = after[stelling.id];
      return {
        id: stelling.id,
        before: was,
        after: is,
        coursePosition: stelling.position,
        changed: Boolean(was && is && was.position !== is.position),
      };
    }),
    before: scoreRound(before, stellingen),
    after: scoreRound(after, stellingen),
    certaintyBefore: averageCertainty(before),
    certaintyAfter: averageCertainty(after),
  };
}

/** Average certainty over the answers that have one, rounded to one decimal; undefined when none has. */
export function averageCertainty(answers: RoundAnswers): number | undefined {
  const values = Object.values(answers).flatMap((answer) => (answer.certainty ? [answer.certainty] : []));
  if (values.length === 0) return undefined;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}
