import type { z } from 'astro/zod';
import { ContentError } from '../../schemas/friendly-errors';
import { closestIds } from '../common/closest-ids';
import { plural } from '../common/format';

type Issue = z.core.$ZodIssue;

/** One entry of an ordered collection: its id, its order and the file it came from. */
export interface Ordered {
  id: string;
  order: number;
}

function issue(path: PropertyKey[], message: string, fix: string): Issue {
  return { code: 'custom', path, message, params: { fix }, input: undefined };
}

/**
 * Fails with a ContentError when two entries share an order, or (with `expected`) when the orders are not exactly
 * 1, 2, …, expected. Returns the entries sorted by order. One rule for every collection whose entries carry an order.
 */
export function assertUniqueOrder<T extends Ordered>(file: string, entries: readonly T[], expected?: number): T[] {
  const sorted = [...entries].sort((a, b) => a.order - b.order);
  const problems: Issue[] = [];
  sorted.forEach((entry, index) => {
    const previous = sorted[index - 1];
    if (previous && previous.order === entry.order) {
      problems.push(
        issue(
          [entry.id, 'order'],
          `"${previous.id}" and "${entry.id}" both have order ${entry.order}; only one place in the list can be shown`,
          'give every entry its own order number.',
        ),
      );
    }
  });
  if (problems.length === 0 && expected !== undefined) {
    const orders = sorted.map((entry) => entry.order);
    const wanted = Array.from({ length: expected }, (_, index) => index + 1);
    if (orders.join(',') !== wanted.join(',')) {
      problems.push(
        issue(
          ['order'],
          `expected the orders ${wanted.join(', ')} (${plural(expected, 'entry', 'entries')}); received ${orders.join(', ') || 'none'}`,
          'number the entries 1, 2, 3 … without gaps.',
        ),
      );
    }
  }
  if (problems.length > 0) throw new ContentError(file, problems, undefined);
  return sorted;
}

/** The error for an MDX component that names an unknown id, with the closest known ids as suggestions. */
export function unknownIdError(
  component: string,
  id: string,
  known: readonly string[],
  page: string,
  prop = 'id',
): ContentError {
  const suggestions = closestIds(id, known);
  const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?)` : '';
  return new ContentError(
    `behind page ${page}`,
    [
      issue(
        [`<${component} ${prop}>`],
        `there is no "${id}" among the ${plural(known.length, 'known id', 'known ids')}`,
        `use an existing id${hint}, or add the entry it names.`,
      ),
    ],
    undefined,
  );
}

/** The smallest knowledge check a lesson may end with: editorial minimums, not structure. */
export const quizMinimums = { questions: 4, types: 2 } as const;

/** What the lesson rules need of a lesson and of the quizzes. */
export interface LessonFacts extends Ordered {
  quiz: string;
}
export interface QuizFacts {
  id: string;
  questions: readonly { type: string }[];
}

/**
 * The rules across lessons and quizzes. Structural problems (orders with gaps or doubles, a quiz that does not
 * exist) are thrown; editorial ones (a quiz below the minimums) are returned so the caller can warn or fail.
 */
export function checkLessons(lessons: readonly LessonFacts[], quizzes: readonly QuizFacts[]): ContentError[] {
  assertUniqueOrder('content/lessons/*.mdx', lessons, lessons.length);
  const known = quizzes.map((quiz) => quiz.id);
  const structural: Issue[] = [];
  const editorial: ContentError[] = [];
  for (const lesson of lessons) {
    const quiz = quizzes.find((candidate) => candidate.id === lesson.quiz);
    if (!quiz) {
      const suggestions = closestIds(lesson.quiz, known).map((s) => `"${s}"`);
      structural.push(
        issue(
          [lesson.id, 'quiz'],
          `there is no knowledge check "${lesson.quiz}"`,
          `create content/quizzes/${lesson.quiz}.yaml or name an existing quiz (did you mean ${suggestions.join(', ')}?).`,
        ),
      );
      continue;
    }
    const types = new Set(quiz.questions.map((question) => question.type)).size;
    const problems: Issue[] = [];
    if (quiz.questions.length < quizMinimums.questions) {
      problems.push(
        issue(
          ['questions'],
          `the knowledge check of lesson "${lesson.id}" needs at least ${plural(quizMinimums.questions, 'question', 'questions')}; received ${plural(quiz.questions.length, 'question', 'questions')}`,
          `add questions until there are at least ${quizMinimums.questions}.`,
        ),
      );
    }
    if (types < quizMinimums.types) {
      problems.push(
        issue(
          ['questions'],
          `the knowledge check of lesson "${lesson.id}" needs at least ${plural(quizMinimums.types, 'question type', 'question types')}; received ${plural(types, 'question type', 'question types')}`,
          'mix question types, e.g. add a single or a sort question.',
        ),
      );
    }
    if (problems.length > 0) editorial.push(new ContentError(`content/quizzes/${quiz.id}.yaml`, problems, undefined));
  }
  if (structural.length > 0) throw new ContentError('content/lessons/*.mdx', structural, undefined);
  return editorial;
}

/**
 * Editorial problems fail `astro build` and CI, and only warn in `astro dev` so an author can keep writing.
 * `strict` is true unless the dev server runs (import.meta.env.DEV) outside CI.
 */
export function reportEditorial(errors: readonly ContentError[], strict: boolean, warn = console.warn): void {
  if (errors.length === 0) return;
  const message = errors.map((error) => error.message).join('\n');
  if (strict) throw new Error(message);
  warn(`[pettenwijzer] Editorial content warnings (these fail the build):\n${message}`);
}

/** Whether editorial minimums fail (build or CI) rather than warn (dev server). */
export function editorialIsStrict(): boolean {
  return Boolean(process.env.CI) || !import.meta.env?.DEV;
}
