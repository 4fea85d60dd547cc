import { isListOf, isRecord, isRecordOf, isWholeNumber } from '../lib/common/guards';
import type { QuizAnswer } from '../lib/quiz/scoring';
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
