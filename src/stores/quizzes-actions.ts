// What a learner does in a knowledge check, apart from the store: checking scores the quiz (lib/quiz/scoring),
// which pages that only list learner data (Voortgang, Mijn gegevens) must not load with the store.
import { type QuizAnswer, quizScoreOf, type ScorableQuiz } from '../lib/quiz/scoring';
import { $quizzes, type QuestionState, type QuizRecord } from './quizzes';

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

/**
 * Stores the quiz's result once every question has been checked, so the progress overview and certificate see it
 * whichever page is open. The score below the questions calls this whenever the score changes; a result stays as
 * first reached until the score changes, so its date says when it was earned.
 */
export function recordQuizResult(quiz: ScorableQuiz & { id: string }, now = new Date()): void {
  const record = $quizzes.get()[quiz.id];
  const score = quizScoreOf(quiz, record?.questions ?? {});
  if (!score || (record?.result?.score === score.score && record.result.max === score.max)) return;
  const { score: points, max, passed } = score;
  updateQuiz(quiz.id, (record) => ({
    ...record,
    result: { score: points, max, passed, completedAt: now.toISOString() },
  }));
}

/** Clears a question's answer for another try ("Opnieuw proberen"); the attempts are kept. */
export function retryQuestion(quizId: string, questionId: string): void {
  updateQuestion(quizId, questionId, (state) => ({ ...state, answer: {}, checked: false }));
}
