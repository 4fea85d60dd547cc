import { describe, expect, it } from 'vitest';
import type { QuizAnswer, ScorableQuestion } from '../../../src/lib/quiz/scoring';
import { scoreQuestion, scoreQuiz } from '../../../src/lib/quiz/scoring';

const single: ScorableQuestion = {
  type: 'een-antwoord',
  options: [
    { id: 'a', correct: false },
    { id: 'b', correct: true },
    { id: 'c', correct: false },
  ],
};
const multiple: ScorableQuestion = {
  type: 'meerdere-antwoorden',
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: true },
    { id: 'c', correct: false },
    { id: 'd', correct: false },
  ],
};
const classify: ScorableQuestion = {
  type: 'indelen',
  items: [
    { id: 'onderzoek', category: 'toeleiding' },
    { id: 'begeleiding', category: 'hulpverlening' },
    { id: 'afstemmen', category: 'coordinatie' },
  ],
};
const order: ScorableQuestion = {
  type: 'volgorde',
  steps: [{ id: 'wat' }, { id: 'doel' }, { id: 'partijen' }, { id: 'taken' }],
};
const match: ScorableQuestion = {
  type: 'koppelen',
  pairs: [
    { id: 'vt', partner: 'art. 5.2.6 Wmo 2015' },
    { id: 'bw', partner: 'art. 1:240 BW' },
  ],
};

const points = (question: ScorableQuestion, answer: QuizAnswer) => {
  const { points: got, max } = scoreQuestion(question, answer);
  return `${got}/${max}`;
};

describe('scoreQuestion', () => {
  it.each<[string, ScorableQuestion, QuizAnswer, string]>([
    ['een-antwoord: the right option', single, { selected: ['b'] }, '1/1'],
    ['een-antwoord: a wrong option', single, { selected: ['a'] }, '0/1'],
    ['een-antwoord: nothing chosen', single, {}, '0/1'],
    ['meerdere-antwoorden: exactly the right options', multiple, { selected: ['a', 'b'] }, '2/2'],
    ['meerdere-antwoorden: one right option', multiple, { selected: ['a'] }, '1/2'],
    ['meerdere-antwoorden: everything selected', multiple, { selected: ['a', 'b', 'c', 'd'] }, '0/2'],
    ['meerdere-antwoorden: one right and one wrong', multiple, { selected: ['a', 'c'] }, '0/2'],
    ['meerdere-antwoorden: nothing chosen', multiple, { selected: [] }, '0/2'],
    [
      'indelen: all in the right category',
      classify,
      { assigned: { onderzoek: 'toeleiding', begeleiding: 'hulpverlening', afstemmen: 'coordinatie' } },
      '3/3',
    ],
    [
      'indelen: partly right',
      classify,
      { assigned: { onderzoek: 'toeleiding', begeleiding: 'coordinatie', afstemmen: 'coordinatie' } },
      '2/3',
    ],
    ['indelen: nothing placed', classify, {}, '0/3'],
    ['volgorde: the right order', order, { order: ['wat', 'doel', 'partijen', 'taken'] }, '3/3'],
    ['volgorde: two steps swapped at the end', order, { order: ['wat', 'doel', 'taken', 'partijen'] }, '1/3'],
    ['volgorde: a block shifted keeps its inner pairs', order, { order: ['taken', 'wat', 'doel', 'partijen'] }, '2/3'],
    ['volgorde: reversed', order, { order: ['taken', 'partijen', 'doel', 'wat'] }, '0/3'],
    ['volgorde: no order given', order, {}, '0/3'],
    ['koppelen: both right', match, { assigned: { vt: 'art. 5.2.6 Wmo 2015', bw: 'art. 1:240 BW' } }, '2/2'],
    ['koppelen: partners swapped', match, { assigned: { vt: 'art. 1:240 BW', bw: 'art. 5.2.6 Wmo 2015' } }, '0/2'],
    ['koppelen: one linked', match, { assigned: { bw: 'art. 1:240 BW' } }, '1/2'],
  ])('scores %s as %s', (_case, question, answer, expected) => {
    expect(points(question, answer)).toBe(expected);
  });

  it('says per option which ones were answered right', () => {
    expect(scoreQuestion(multiple, { selected: ['a', 'c'] }).parts).toEqual({ a: true, b: false, c: false, d: true });
  });

  it('marks steps that stand in their right place', () => {
    expect(scoreQuestion(order, { order: ['wat', 'doel', 'taken', 'partijen'] }).parts).toEqual({
      wat: true,
      doel: true,
      partijen: false,
      taken: false,
    });
  });
});

describe('scoreQuiz', () => {
  const right = { points: 2, max: 2, correct: true, parts: {} };
  const half = { points: 1, max: 2, correct: false, parts: {} };

  it.each([
    [[right, right], 70, { score: 4, max: 4, percentage: 100, passed: true }],
    [[right, half], 70, { score: 3, max: 4, percentage: 75, passed: true }],
    [[half, half], 70, { score: 2, max: 4, percentage: 50, passed: false }],
    [[half, half], 50, { score: 2, max: 4, percentage: 50, passed: true }],
    [[], 70, { score: 0, max: 0, percentage: 0, passed: false }],
  ])('adds up %j against a pass mark of %i%%', (results, passPercentage, expected) => {
    expect(scoreQuiz(results, passPercentage)).toEqual(expected);
  });
});
