import { isListOf, isRecord, isRecordOf, isWholeNumber } from '../lib/guards';
import type { QuizAnswer, QuizScore } from '../lib/quiz-scoring';
import { persistentSection } from './persistent-section';

/** A participant's work on one question: the last answer, whether it was checked, and how often. */
export interface QuestionState {
  answer: QuizAnswer;
  checked: boolean;
  attempts: number;
}

/** One quiz: its questions' states and, once every question is checked, the result. */
export interface QuizRecord {
  questions: Record<string, QuestionState>;
  result?: { score: number; max: number; passed: boolean; completedAt: string };
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isAnswer(value: unknown): value is QuizAnswer {
  return (
    isRecord(value) &&
    (value.selected === undefined || isListOf(value.selected, isString)) &&
    (value.assigned === undefined || isRecordOf(value.assigned, isString)) &&
    (value.order === undefined || isListOf(value.order, isString))
  );
}

function isQuestionState(value: unknown): value is QuestionState {
  return (
    isRecord(value) && isAnswer(value.answer) && typeof value.checked === 'boolean' && isWholeNumber(value.attempts, 0)
  );
}

function isQuizRecord(value: unknown): value is QuizRecord {
  if (!isRecord(value) || !isRecordOf(value.questions, isQuestionState)) return false;
  const { result } = value;
  return (
    result === undefined ||
    (isRecord(result) &&
      isWholeNumber(result.score, 0) &&
      isWholeNumber(result.max, 0) &&
      typeof result.passed === 'boolean' &&
      typeof result.completedAt === 'string')
  );
}

/** Every quiz the participant worked on, keyed by quiz id. */
export const $quizzes = persistentSection<Record<string, QuizRecord>>({
  id: 'quizzes',
  label: 'Kennischecks',
  version: 1,
  initial: {},
  validate: (data) => (isRecordOf(data, isQuizRecord) ? data : undefined),
});

function updateQuiz(quizId: string, change: (record: QuizRecord) => QuizRecord): void {
  const all = $quizzes.get();
  $quizzes.set({ ...all, [quizId]: change(all[quizId] ?? { questions: {} }) });
}

function updateQuestion(quizId: string, questionId: string, change: (state: QuestionState) => QuestionState): void {
  updateQuiz(quizId, (record) => {
    const state = record.questions[questionId] ?? { answer: {}, checked: false, attempts: 0 };
    return { ...record, questions: { ...record.questions, [questionId]: change(state) } };
  });
}

/**
 * Changes the participant's current (unchecked) answer to a question. The change is applied to the answer
 * as stored now, not as last rendered, so inputs made faster than the page redraws all count.
 */
export function changeAnswer(quizId: string, questionId: string, change: (answer: QuizAnswer) => QuizAnswer): void {
  updateQuestion(quizId, questionId, (state) => ({ ...state, answer: change(state.answer), checked: false }));
}

/** Marks a question as checked ("Controleer"), counting the attempt. */
export function checkAnswer(quizId: string, questionId: string): void {
  updateQuestion(quizId, questionId, (state) => ({ ...state, checked: true, attempts: state.attempts + 1 }));
}

/** Clears a question's answer for another try ("Opnieuw proberen"); the attempts are kept. */
export function retryQuestion(quizId: string, questionId: string): void {
  updateQuestion(quizId, questionId, (state) => ({ ...state, answer: {}, checked: false }));
}

/** Stores the quiz result once every question has been checked. */
export function recordResult(quizId: string, score: QuizScore, now = new Date()): void {
  const { score: points, max, passed } = score;
  updateQuiz(quizId, (record) => ({
    ...record,
    result: { score: points, max, passed, completedAt: now.toISOString() },
  }));
}
