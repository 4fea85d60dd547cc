// The room's answers to one stelling as a bar chart: bar lengths, percentages and the shift between the rounds.
// Pure: the chart component only draws what this returns.

import { plural } from '../common/format';
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

// One round's bar per answer, or undefined when nobody answered in that round.
const barsOf = (counts: PositionCounts | undefined) => {
  const total = counts ? totalOf(counts) : 0;
  if (!counts || total === 0) return undefined;
  const percentages = percentagesOf(counts);
  const bar = (position: Position): ChartBar => ({
    count: counts[position],
    percentage: percentages[position],
    width: barWidth(counts[position], total),
  });
  return { bar, total };
};

/** The chart of one stelling from the saved counts; a round nobody answered in has no bars. */
export function resultChart(before?: PositionCounts, after?: PositionCounts): ResultChart {
  const from = barsOf(before);
  const to = barsOf(after);
  return {
    rows: positions.map((position) => ({
      position,
      before: from?.bar(position),
      after: to?.bar(position),
      shift: from && to ? to.bar(position).percentage - from.bar(position).percentage : undefined,
    })),
    totals: { before: from?.total, after: to?.total },
  };
}

/** A shift in percentage points as people read it: "+10 procentpunt", "−5 procentpunt", "gelijk". */
export function formatShift(shift: number): string {
  if (shift === 0) return 'gelijk';
  return `${shift > 0 ? '+' : '−'}${Math.abs(shift)} procentpunt`;
}

/**
 * What the notes view says about one saved round beside the chart: the people and unreadable lines of the chat it
 * was counted from, or only the answers to this stelling when the counts were typed in.
 */
export function describeRound(
  label: string,
  answers: number,
  chat?: { deelnemers?: number; onleesbaar?: number },
): string {
  const answered = `${label}: ${plural(answers, 'antwoord', 'antwoorden')} op deze stelling`;
  if (chat?.deelnemers === undefined) return `${answered}.`;
  const unreadable = chat.onleesbaar === undefined ? '' : `, ${plural(chat.onleesbaar, 'regel', 'regels')} onleesbaar`;
  return `${answered}; ${plural(chat.deelnemers, 'deelnemer', 'deelnemers')} in de chat${unreadable}.`;
}
