import type { Question, Quiz } from '../../schemas/quiz';
import { renderInlineMarkdown, renderMarkdown } from '../common/render-markdown';
import { seededShuffle } from '../common/seeded-shuffle';
import type { ScorableQuestion, ScorableQuiz } from './scoring';

/** A question as the quiz island gets it: Markdown rendered, steps and partners in the order shown. */
export type QuestionView = {
  id: string;
  promptHtml: string;
  explanationHtml: string;
} & (
  | {
      type: 'een-antwoord' | 'meerdere-antwoorden';
      options: { id: string; label: string; correct: boolean; feedbackHtml: string }[];
    }
  | {
      type: 'indelen';
      categories: { id: string; label: string }[];
      items: { id: string; label: string; category: string; feedback?: string }[];
    }
  | { type: 'volgorde'; steps: { id: string; label: string }[]; shownOrder: string[] }
  | {
      type: 'koppelen';
      pairs: { id: string; item: string; partner: string; feedback?: string }[];
      partnerChoices: string[];
    }
);

/** A quiz ready for the island. */
export interface QuizView {
  id: string;
  title: string;
  passPercentage: number;
  questions: QuestionView[];
}

/**
 * What the score below a quiz's questions needs of the whole quiz to score it and store its result: only what
 * scoring reads, not every question's text again (each question is an island with its own view).
 */
export interface QuizScoringView extends ScorableQuiz {
  id: string;
  questions: (ScorableQuestion & { id: string })[];
}

/** Prepares a quiz from its content entry at build time. */
export function toQuizView(id: string, quiz: Quiz): QuizView {
  return { id, title: quiz.title, passPercentage: quiz.passPercentage, questions: quiz.questions.map(toQuestionView) };
}

function toQuestionView(question: Question): QuestionView {
  const base = {
    id: question.id,
    promptHtml: renderMarkdown(question.prompt),
    explanationHtml: renderMarkdown(question.explanation),
  };
  switch (question.type) {
    case 'een-antwoord':
    case 'meerdere-antwoorden':
      return {
        ...base,
        type: question.type,
        options: question.options.map(({ id, label, correct, feedback }) => ({
          id,
          label,
          correct,
          feedbackHtml: renderInlineMarkdown(feedback),
        })),
      };
    case 'indelen':
      return { ...base, type: 'indelen', categories: question.categories, items: question.items };
    case 'volgorde':
      return {
        ...base,
        type: 'volgorde',
        steps: question.steps,
        shownOrder: seededShuffle(
          question.steps.map((step) => step.id),
          question.id,
        ),
      };
    case 'koppelen':
      return {
        ...base,
        type: 'koppelen',
        pairs: question.pairs,
        partnerChoices: [...question.pairs.map((pair) => pair.partner), ...question.distractors].sort((a, b) =>
          a.localeCompare(b, 'nl'),
        ),
      };
  }
}

/** The quiz as scoring sees it (QuizScoringView): ids, right options, categories, steps and partners. */
export function toQuizScoringView(quiz: QuizView): QuizScoringView {
  return { id: quiz.id, passPercentage: quiz.passPercentage, questions: quiz.questions.map(toScorableQuestion) };
}

function toScorableQuestion(question: QuestionView): ScorableQuestion & { id: string } {
  const { id } = question;
  switch (question.type) {
    case 'een-antwoord':
    case 'meerdere-antwoorden':
      return { id, type: question.type, options: question.options.map(({ id, correct }) => ({ id, correct })) };
    case 'indelen':
      return { id, type: 'indelen', items: question.items.map(({ id, category }) => ({ id, category })) };
    case 'volgorde':
      return { id, type: 'volgorde', steps: question.steps.map(({ id }) => ({ id })) };
    case 'koppelen':
      return { id, type: 'koppelen', pairs: question.pairs.map(({ id, partner }) => ({ id, partner })) };
  }
}
