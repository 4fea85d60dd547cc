import { beforeEach, describe, expect, it } from 'vitest';
import { connectStorage } from '../../../src/stores/persistent-section';
import { FakeStorage, noStorageEvents } from '../helpers/fake-storage';

const storage = new FakeStorage();
connectStorage(storage, noStorageEvents);
const { $quizzes } = await import('../../../src/stores/quizzes');
const { changeAnswer, checkAnswer, recordQuizResult, retryQuestion } = await import(
  '../../../src/stores/quizzes-actions'
);

const option = (id: string, correct: boolean) => ({ id, correct });
const quiz = {
  id: 'les-01',
  passPercentage: 50,
  questions: [
    { id: 'v1', type: 'een-antwoord' as const, options: [option('a', true), option('b', false)] },
    { id: 'v2', type: 'een-antwoord' as const, options: [option('a', false), option('b', true)] },
  ],
};
const choose = (questionId: string, optionId: string) =>
  changeAnswer(quiz.id, questionId, () => ({ selected: [optionId] }));
/** Checks a question, as Controleer does, and lets the score below the questions store what it sees. */
const check = (questionId: string, now?: Date) => {
  checkAnswer(quiz.id, questionId);
  recordQuizResult(quiz, now);
};

beforeEach(() => {
  $quizzes.set({});
  storage.items.clear();
});

describe('checking answers in a knowledge check', () => {
  it('stores no result while a question is still open', () => {
    choose('v1', 'a');
    check('v1');
    expect($quizzes.get()['les-01']?.result).toBeUndefined();
  });

  it('stores the result when the last open question is checked, whichever question that is', () => {
    choose('v1', 'a');
    check('v1');
    choose('v2', 'a');
    check('v2', new Date('2026-12-02T10:00:00Z'));
    expect($quizzes.get()['les-01']?.result).toEqual({
      score: 1,
      max: 2,
      passed: true,
      completedAt: '2026-12-02T10:00:00.000Z',
    });
  });

  it('keeps the date a result was reached until the score changes', () => {
    choose('v1', 'a');
    check('v1');
    choose('v2', 'a');
    check('v2', new Date('2026-12-02T10:00:00Z'));
    retryQuestion(quiz.id, 'v2');
    choose('v2', 'a');
    check('v2', new Date('2026-12-03T10:00:00Z'));
    expect($quizzes.get()['les-01']?.result?.completedAt).toBe('2026-12-02T10:00:00.000Z');
    retryQuestion(quiz.id, 'v2');
    choose('v2', 'b');
    check('v2', new Date('2026-12-04T10:00:00Z'));
    expect($quizzes.get()['les-01']?.result).toMatchObject({ score: 2, completedAt: '2026-12-04T10:00:00.000Z' });
  });
});
