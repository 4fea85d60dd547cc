import type { Position } from '../stellingen/score';
import { positions } from '../stellingen/score';

/** How many people in the room gave each answer to one stelling. */
export type PositionCounts = Record<Position, number>;

/** Counts per stelling, keyed by stelling id. */
export type TallyCounts = Record<string, PositionCounts>;

/** The largest count a trainer can type or a chat can produce for one answer. */
export const maxCount = 100_000;

/** Counts of zero for every position. */
export function emptyCounts(): PositionCounts {
  return { eens: 0, oneens: 0, 'het hangt ervan af': 0 };
}

/** Counts read back from storage, with 0 for any answer that is missing; undefined stays undefined. */
export function fillCounts(counts: Partial<PositionCounts> | undefined): PositionCounts | undefined {
  return counts && { ...emptyCounts(), ...counts };
}

/** How many answers there are in total. */
export function totalOf(counts: PositionCounts): number {
  return positions.reduce((sum, position) => sum + counts[position], 0);
}

/**
 * Whole percentages that add up to exactly 100 (largest remainder method), or all zero when nobody answered.
 * Ties in the remainder go to the position listed first, so the result is stable.
 */
export function percentagesOf(counts: PositionCounts): PositionCounts {
  const total = totalOf(counts);
  const result = emptyCounts();
  if (total === 0) return result;
  const exact = positions.map((position) => ({ position, value: (counts[position] * 100) / total }));
  let handedOut = 0;
  for (const { position, value } of exact) {
    result[position] = Math.floor(value);
    handedOut += result[position];
  }
  const byRemainder = [...exact].sort((a, b) => b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)));
  for (const { position } of byRemainder.slice(0, 100 - handedOut)) result[position] += 1;
  return result;
}

/** The change in percentage points per position from the voormeting to the nameting. */
export function shiftOf(before: PositionCounts, after: PositionCounts): PositionCounts {
  const from = percentagesOf(before);
  const to = percentagesOf(after);
  const shift = emptyCounts();
  for (const position of positions) shift[position] = to[position] - from[position];
  return shift;
}

/** Reads a count typed by hand: a whole number from 0 to maxCount, anything else becomes 0. */
export function readCount(text: string): number {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return 0;
  return Math.min(Number(trimmed), maxCount);
}

/** Counts for every stelling, zero where nothing was counted, in the order of `stellingIds`. */
export function completeTally(tally: Readonly<TallyCounts>, stellingIds: readonly string[]): TallyCounts {
  return Object.fromEntries(stellingIds.map((id) => [id, { ...emptyCounts(), ...tally[id] }]));
}
