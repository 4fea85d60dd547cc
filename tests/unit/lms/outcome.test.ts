import { describe, expect, it } from 'vitest';
import {
  checkedCount,
  lessonsOfUnit,
  type PackagedLesson,
  resultsFromStored,
  scormStatus,
  unitOutcome,
} from '../../../src/lib/lms/outcome';

const lessons: PackagedLesson[] = [
  { slug: 'een', title: 'Een', order: 1, quizId: 'les-1', quizMax: 10 },
  { slug: 'twee', title: 'Twee', order: 2, quizId: 'les-2', quizMax: 30 },
];
const passed = (score: number, max: number) => ({ score, max, passed: true });
const failed = (score: number, max: number) => ({ score, max, passed: false });

describe('what the LMS is told', () => {
  it.each([
    ['nothing done', {}, { completed: false, passed: false, scoreRaw: 0, done: 0 }, 'incomplete'],
    [
      'one of two passed',
      { 'les-1': passed(10, 10) },
      { completed: false, passed: false, scoreRaw: 25, done: 1 },
      'incomplete',
    ],
    [
      'both done, one failed',
      { 'les-1': passed(8, 10), 'les-2': failed(12, 30) },
      { completed: true, passed: false, scoreRaw: 50, done: 2 },
      'failed',
    ],
    [
      'both passed',
      { 'les-1': passed(8, 10), 'les-2': passed(27, 30) },
      { completed: true, passed: true, scoreRaw: 88, done: 2 },
      'passed',
    ],
    [
      'a practice quiz does not count',
      { oefenset: passed(5, 5) },
      { completed: false, passed: false, scoreRaw: 0, done: 0 },
      'incomplete',
    ],
  ])('for the course: %s', (_case, results, expected, status) => {
    const outcome = unitOutcome(lessons, results);
    expect(outcome).toEqual({ ...expected, total: 2 });
    expect(scormStatus(outcome, 'failed')).toBe(status);
  });

  it('reports a finished but failed unit as incomplete when the organisation chose so', () => {
    const outcome = unitOutcome(lessons, { 'les-1': failed(0, 10), 'les-2': failed(0, 30) });
    expect(scormStatus(outcome, 'incomplete')).toBe('incomplete');
  });

  it('scores one lesson on its own check when completion is per lesson', () => {
    const unit = lessonsOfUnit(lessons, 'twee');
    expect(unit.map((lesson) => lesson.slug)).toEqual(['twee']);
    expect(unitOutcome(unit, { 'les-1': failed(0, 10), 'les-2': passed(21, 30) })).toMatchObject({
      passed: true,
      scoreRaw: 70,
    });
    expect(lessonsOfUnit(lessons, undefined)).toHaveLength(2);
  });

  it('reads the results from the quiz store’s raw value and ignores what it cannot read', () => {
    const raw = JSON.stringify({
      version: 1,
      data: {
        'les-1': { questions: {}, result: { score: 3, max: 4, passed: true, completedAt: 'x' } },
        'les-2': { questions: {} },
        broken: { result: { score: 'veel' } },
      },
    });
    expect(resultsFromStored(raw)).toEqual({ 'les-1': { score: 3, max: 4, passed: true } });
    expect(resultsFromStored('{not json')).toEqual({});
    expect(resultsFromStored(undefined)).toEqual({});
    expect(resultsFromStored('null')).toEqual({});
  });

  it('counts checked answers, which change exactly when the learner presses Controleer', () => {
    const raw = (attempts: number) =>
      JSON.stringify({ version: 1, data: { q: { questions: { a: { attempts }, b: { attempts: 2 } } } } });
    expect(checkedCount(raw(1))).toBe(3);
    expect(checkedCount(raw(2))).toBe(4);
    expect(checkedCount('oops')).toBe(0);
    for (const odd of ['null', '5', '"tekst"', '{"data":null}', '{"data":{"q":null,"r":{"questions":null}}}']) {
      expect(checkedCount(odd)).toBe(0);
    }
  });
});
