import { describe, expect, it } from 'vitest';
import type { RoundAnswers, StellingKey } from '../../../src/lib/stellingen/score';
import { averageCertainty, compareRounds, scoreRound } from '../../../src/lib/stellingen/score';

const stellingen: StellingKey[] = [
  { id: 'fraude', position: 'oneens' },
  { id: 'zrm', position: 'oneens' },
  { id: 'toestemming', position: 'het hangt ervan af' },
  { id: 'avg', position: 'oneens' },
];

const before: RoundAnswers = {
  fraude: { position: 'eens', certainty: 3 },
  zrm: { position: 'oneens', certainty: 1 },
  toestemming: { position: 'eens' },
  avg: { position: 'oneens', certainty: 2 },
};

const after: RoundAnswers = {
  fraude: { position: 'oneens', certainty: 3 },
  zrm: { position: 'oneens', certainty: 3 },
  toestemming: { position: 'het hangt ervan af', certainty: 3 },
  avg: { position: 'oneens', certainty: 3 },
};

describe('scoreRound', () => {
  it.each([
    ['no answers', {}, { answered: 0, inLine: 0, total: 4 }],
    ['a full round with two in line', before, { answered: 4, inLine: 2, total: 4 }],
    ['a partial round', { zrm: { position: 'eens' } } as RoundAnswers, { answered: 1, inLine: 0, total: 4 }],
    [
      'answers for stellingen that no longer exist',
      { weg: { position: 'eens' } } as RoundAnswers,
      { answered: 0, inLine: 0, total: 4 },
    ],
  ])('scores %s', (_case, answers, expected) => {
    expect(scoreRound(answers, stellingen)).toEqual(expected);
  });
});

describe('compareRounds', () => {
  it('shows "2 van 4 → 4 van 4", which answers changed and how certainty moved', () => {
    const comparison = compareRounds(before, after, stellingen);
    expect([comparison.before.inLine, comparison.after.inLine]).toEqual([2, 4]);
    expect(comparison.rows.filter((row) => row.changed).map((row) => row.id)).toEqual(['fraude', 'toestemming']);
    expect([comparison.certaintyBefore, comparison.certaintyAfter]).toEqual([2, 3]);
  });

  it('does not count a stelling answered in one round only as changed', () => {
    const comparison = compareRounds({ fraude: { position: 'eens' } }, {}, stellingen);
    expect(comparison.rows[0]).toMatchObject({ id: 'fraude', changed: false, after: undefined });
  });
});

describe('averageCertainty', () => {
  it('averages only the answers that have a certainty, to one decimal', () => {
    expect(
      averageCertainty({
        a: { position: 'eens', certainty: 1 },
        b: { position: 'eens', certainty: 2 },
        c: { position: 'eens' },
      }),
    ).toBe(1.5);
  });

  it('is undefined when no certainty was given', () => {
    expect(averageCertainty({ a: { position: 'eens' } })).toBeUndefined();
  });
});
