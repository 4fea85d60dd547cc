import { describe, expect, it } from 'vitest';
import { barWidth, chartWidth, describeRound, formatShift, resultChart } from '../../../src/lib/trainer/chart';
import type { PositionCounts } from '../../../src/lib/trainer/tally';

const counts = (eens: number, oneens: number, hangt: number): PositionCounts => ({
  eens,
  oneens,
  'het hangt ervan af': hangt,
});

describe('bar widths', () => {
  it.each([
    [2, 4, 50],
    [1, 3, 33.33],
    [2, 3, 66.67],
    [0, 5, 0],
    [5, 5, chartWidth],
    [3, 0, 0],
    [7, 5, chartWidth],
  ])('draws %i of %i answers %d units long', (count, total, width) => {
    expect(barWidth(count, total)).toBe(width);
  });

  it('scales to another full width', () => {
    expect(barWidth(1, 4, 240)).toBe(60);
  });
});

describe('the chart of one stelling', () => {
  it('gives every answer a bar per saved round, with whole percentages that add up to 100', () => {
    const chart = resultChart(counts(1, 1, 1));
    expect(chart.rows.map((row) => row.before?.percentage)).toEqual([34, 33, 33]);
    expect(chart.rows.map((row) => row.before?.width)).toEqual([33.33, 33.33, 33.33]);
    expect(chart.rows.every((row) => row.after === undefined && row.shift === undefined)).toBe(true);
    expect(chart.totals).toEqual({ before: 3 });
  });

  it('shows the shift in percentage points when both rounds are saved', () => {
    const chart = resultChart(counts(2, 1, 1), counts(1, 2, 1));
    expect(chart.rows).toEqual([
      {
        position: 'eens',
        before: { count: 2, percentage: 50, width: 50 },
        after: { count: 1, percentage: 25, width: 25 },
        shift: -25,
      },
      {
        position: 'oneens',
        before: { count: 1, percentage: 25, width: 25 },
        after: { count: 2, percentage: 50, width: 50 },
        shift: 25,
      },
      {
        position: 'het hangt ervan af',
        before: { count: 1, percentage: 25, width: 25 },
        after: { count: 1, percentage: 25, width: 25 },
        shift: 0,
      },
    ]);
    expect(chart.totals).toEqual({ before: 4, after: 4 });
  });

  it('leaves out a round in which nobody answered', () => {
    const chart = resultChart(counts(0, 0, 0), counts(0, 3, 1));
    expect(chart.rows.map((row) => row.before)).toEqual([undefined, undefined, undefined]);
    expect(chart.rows.map((row) => row.after?.width)).toEqual([0, 75, 25]);
    expect(chart.totals).toEqual({ after: 4 });
  });
});

describe('shift as text', () => {
  it.each([
    [10, '+10 procentpunt'],
    [-5, '−5 procentpunt'],
    [0, 'gelijk'],
  ])('writes %i as %j', (shift, text) => {
    expect(formatShift(shift)).toBe(text);
  });
});

describe('a round in the notes view', () => {
  it.each([
    [
      4,
      { deelnemers: 5, onleesbaar: 3 },
      'Voormeting: 4 antwoorden op deze stelling; 5 deelnemers in de chat, 3 regels onleesbaar.',
    ],
    [
      1,
      { deelnemers: 1, onleesbaar: 1 },
      'Voormeting: 1 antwoord op deze stelling; 1 deelnemer in de chat, 1 regel onleesbaar.',
    ],
    [4, { deelnemers: 4 }, 'Voormeting: 4 antwoorden op deze stelling; 4 deelnemers in de chat.'],
    [6, undefined, 'Voormeting: 6 antwoorden op deze stelling.'],
  ])('with %i answers and chat %j says %j', (answers, chat, text) => {
    expect(describeRound('Voormeting', answers, chat)).toBe(text);
  });
});
