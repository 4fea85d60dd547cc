import { describe, expect, it } from 'vitest';
import type { PositionCounts } from '../../../src/lib/trainer/tally';
import {
  completeTally,
  emptyCounts,
  fillCounts,
  percentagesOf,
  readCount,
  shiftOf,
  totalOf,
} from '../../../src/lib/trainer/tally';

const counts = (eens: number, oneens: number, hangt: number): PositionCounts => ({
  eens,
  oneens,
  'het hangt ervan af': hangt,
});
const sum = (values: PositionCounts) => values.eens + values.oneens + values['het hangt ervan af'];

describe('tally arithmetic', () => {
  it.each([
    [counts(1, 1, 1), counts(34, 33, 33)],
    [counts(2, 1, 0), counts(67, 33, 0)],
    [counts(1, 2, 4), counts(14, 29, 57)],
    [counts(5, 0, 0), counts(100, 0, 0)],
    [counts(0, 0, 0), counts(0, 0, 0)],
    [counts(1, 1, 0), counts(50, 50, 0)],
  ])('turns %j into whole percentages %j', (input, expected) => {
    expect(percentagesOf(input)).toEqual(expected);
  });

  it('gives percentages that add up to exactly 100 for every small room', () => {
    for (let a = 0; a <= 12; a++) {
      for (let b = 0; b <= 12; b++) {
        for (let c = 0; c <= 12; c++) {
          const total = sum(percentagesOf(counts(a, b, c)));
          expect(total).toBe(a + b + c === 0 ? 0 : 100);
        }
      }
    }
  });

  it('counts the total of all answers', () => {
    expect(totalOf(counts(3, 4, 5))).toBe(12);
    expect(totalOf(emptyCounts())).toBe(0);
  });

  it('shows the shift in percentage points, which adds up to zero', () => {
    const shift = shiftOf(counts(6, 2, 2), counts(1, 7, 2));
    expect(shift).toEqual(counts(-50, 50, 0));
    expect(sum(shift)).toBe(0);
  });

  it.each([
    ['12', 12],
    [' 7 ', 7],
    ['', 0],
    ['-3', 0],
    ['2.5', 0],
    ['abc', 0],
    ['<b>4</b>', 0],
    ['999999', 100_000],
  ])('reads the typed count %j as %d', (text, expected) => {
    expect(readCount(text)).toBe(expected);
  });

  it('fills in zero counts for stellingen nobody answered, in course order', () => {
    const tally = completeTally({ b: counts(1, 0, 0), x: counts(9, 9, 9) }, ['a', 'b']);
    expect(Object.keys(tally)).toEqual(['a', 'b']);
    expect(tally.a).toEqual(emptyCounts());
    expect(tally.b).toEqual(counts(1, 0, 0));
  });

  it('fills in 0 for answers missing from counts read back, and leaves no counts as none', () => {
    expect(fillCounts({ oneens: 2 })).toEqual(counts(0, 2, 0));
    expect(fillCounts(undefined)).toBeUndefined();
  });
});
