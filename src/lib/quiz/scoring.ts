// Scoring of knowledge checks. Partial credit, per question type:
// - een-antwoord: 1 point for the correct option.
// - meerdere-antwoorden: 1 point per correct option chosen, minus 1 per wrong option chosen, never below 0;
//   the maximum is the number of correct options, so choosing everything earns nothing extra.
// - indelen: 1 point per item in the right category.
// - volgorde: 1 point per pair of steps that follow each other directly, as in the right order (n steps: n − 1).
// - koppelen: 1 point per item linked to its own partner.

/** The parts of a question that scoring needs; the quiz schema's questions fit this shape. */
export type ScorableQuestion =
  | { type: 'een-antwoord' | 'meerdere-antwoorden'; options: { id: string; correct: boolean }[] }
  | { type: 'indelen'; items: { id: string; category: string }[] }
  | { type: 'volgorde'; steps: { id: string }[] }
  | { type: 'koppelen'; pairs: { id: string; partner: string }[] };

/** A participant's answer; which field is used depends on the question type. */
export interface QuizAnswer {
  /** Chosen option ids (een-antwoord: at most one). */
  selected?: string[];
  /** Item id → chosen category id (indelen) or chosen partner text (koppelen). */
  assigned?: Record<string, string>;
  /** Step ids in the order the participant put them (volgorde). */
  order?: string[];
}

/** The outcome of checking one question: points, maximum and which options or items were right. */
export interface QuestionResult {
  points: number;
  max: number;
  correct: boolean;
  /** Per option, item, step or pair id: whether that part was answered right. */
  parts: Record<string, boolean>;
}

/** Checks one answer against its question. */
export function scoreQuestion(question: ScorableQuestion, answer: QuizAnswer): QuestionResult {
  switch (question.type) {
    case 'een-antwoord':
    case 'meerdere-antwoorden': {
      const selected = new Set(answer.selected ?? []);
      const parts = Object.fromEntries(question.options.map((o) => [o.id, selected.has(o.id) === o.correct]));
      const right = question.options.filter((o) => o.correct && selected.has(o.id)).length;
      const wrong = question.options.filter((o) => !o.correct && selected.has(o.id)).length;
      const max = question.type === 'een-antwoord' ? 1 : question.options.filter((o) => o.correct).length;
      const points =
        question.type === 'een-antwoord' ? (right === 1 && wrong === 0 ? 1 : 0) : Math.max(0, right - wrong);
      return result(points, max, parts);
    }
    case 'indelen': {
      const parts = Object.fromEntries(
        question.items.map((item) => [item.id, answer.assigned?.[item.id] === item.category]),
      );
      return result(countTrue(parts), question.items.length, parts);
    }
    case 'koppelen': {
      const parts = Object.fromEntries(
        question.pairs.map((pair) => [pair.id, answer.assigned?.[pair.id] === pair.partner]),
      );
      return result(countTrue(parts), question.pairs.length, parts);
    }
    case 'volgorde': {
      const given = answer.order ?? [];
      const correctIds = question.steps.map((step) => step.id);
      const parts = Object.fromEntries(correctIds.map((id, index) => [id, given[index] === id]));
      const place = new Map(given.map((id, index) => [id, index]));
      const pairs = correctIds.slice(1).filter((id, index) => {
        const previous = place.get(correctIds[index] as string);
        return previous !== undefined && place.get(id) === previous + 1;
      });
      return result(pairs.length, correctIds.length - 1, parts);
    }
  }
}

/** A quiz's total: score, maximum, percentage and whether it passes the pass mark. */
export interface QuizScore {
  score: number;
  max: number;
  percentage: number;
  passed: boolean;
}

/** Adds up question results and compares the percentage with the quiz's pass mark. */
export function scoreQuiz(results: readonly QuestionResult[], passPercentage: number): QuizScore {
  const score = results.reduce((sum, item) => sum + item.points, 0);
  const max = results.reduce((sum, item) => sum + item.max, 0);
  const percentage = max === 0 ? 0 : Math.round((score / max) * 100);
  return { score, max, percentage, passed: max > 0 && percentage >= passPercentage };
}

function result(points: number, max: number, parts: Record<string, boolean>): QuestionResult {
  return { points, max, correct: points === max, parts };
}

function countTrue(parts: Record<string, boolean>): number {
  return Object.values(parts).filter(Boolean).length;
}

/** What scoring needs of a whole quiz; the island's quiz view fits this shape. */
export interface ScorableQuiz {
  passPercentage: number;
  questions: readonly (ScorableQuestion & { id: string })[];
}

/**
 * The quiz's score once every question has been checked, from each question's last answer; undefined while a
 * question is still open.
 */
export function quizScoreOf(
  quiz: ScorableQuiz,
  states: Readonly<Record<string, { answer: QuizAnswer; checked: boolean } | undefined>>,
): QuizScore | undefined {
  if (!quiz.questions.every((question) => states[question.id]?.checked)) return undefined;
  const results = quiz.questions.map((question) => scoreQuestion(question, states[question.id]?.answer ?? {}));
  return scoreQuiz(results, quiz.passPercentage);
}
