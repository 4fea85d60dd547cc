// The room's answers to one stelling as a bar chart: bar lengths, percentages and the shift between the rounds.
// Pure: the chart component only draws what this returns.
import type { Position } from '../stellingen/score';
import { positions } from '../stellingen/score';
import type { PositionCounts } from './tally';
import { percentagesOf, totalOf } from './tally';

/** The width of a full bar in the chart's own units (the SVG's viewBox); a bar of n% is n units wide. */
export const chartWidth = 100;

/** One round's bar for one answer. */
export interface ChartBar {
  count: number;
  /** Whole percentage, as shown next to the bar; the percentages of a round add up to 100. */
  percentage: number;
  /** Length in chart units, exact to two decimals, so a bar is as long as its count's share. */
  width: number;
}

/** One answer with its bar in each round that was saved, and the shift in percentage points when both were. */
export interface ChartRow {
  position: Position;
  before?: ChartBar;
  after?: ChartBar;
  shift?: number;
}

/** A chart of one stelling: a row per answer and the number of answers per round. */
export interface ResultChart {
  rows: ChartRow[];
  totals: { before?: number; after?: number };
}

/** The length of a bar for `count` of `total` answers, in chart units; 0 when nobody answered. */
export function barWidth(count: number, total: number, full = chartWidth): number {
  if (total <= 0 || count <= 0) return 0;
  return Math.round((Math.min(count, total) / total) * full * 100) / 100;
}

const barsOf = (counts: PositionCounts | undefined) => {
  if (!counts || totalOf(counts) === 0) return undefined;
  const total = totalOf(counts);
  const percentages = percentagesOf(counts);
  return Object.fromEntries(
    positions.map((position) => [
      position,
      { count: counts[position], percentage: percentages[position], width: barWidth(counts[position], total) },
    ]),
  ) as Record<Position, ChartBar>;
};

/** The chart of one stelling from the saved counts; a round nobody answered in has no bars. */
export function resultChart(before?: PositionCounts, after?: PositionCounts): ResultChart {
  const from = barsOf(before);
  const to = barsOf(after);
  return {
    rows: positions.map((position) => {
      const row: ChartRow = { position };
      if (from) row.before = from[position];
      if (to) row.after = to[position];
      if (from && to) row.shift = to[position].percentage - from[position].percentage;
      return row;
    }),
    totals: {
      ...(before && from ? { before: totalOf(before) } : {}),
      ...(after && to ? { after: totalOf(after) } : {}),
    },
  };
}

/** A shift in percentage points as people read it: "+10 procentpunt", "−5 procentpunt", "gelijk". */
export function formatShift(shift: number): string {
  if (shift === 0) return 'gelijk';
  return `${shift > 0 ? '+' : '−'}${Math.abs(shift)} procentpunt`;
}

const plural = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`;

/**
 * What the notes view says about one saved round beside the chart: the people and unreadable lines of the chat it
 * was counted from, or only the answers to this stelling when the counts were typed in.
 */
export function describeRound(
  label: string,
  answers: number,
  chat?: { deelnemers?: number; onleesbaar?: number },
): string {
  const answered = plural(answers, 'antwoord', 'antwoorden');
  if (chat?.deelnemers === undefined) return `${label}: ${answered} op deze stelling.`;
  const unreadable =
    chat.onleesbaar === undefined ? '' : `, ${plural(chat.onleesbaar, 'regel', 'regels')} zonder leesbaar antwoord`;
  return `${label}: ${plural(chat.deelnemers, 'deelnemer', 'deelnemers')} in de chat${unreadable}; ${answered} op deze stelling.`;
}
