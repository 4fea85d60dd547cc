import type { CollectionEntry } from 'astro:content';
import { getCollection } from 'astro:content';
import { assertUniqueOrder, checkLessons, editorialIsStrict, reportEditorial } from './rules';

/** All lessons in learning-path order; fails the build on orders with gaps or doubles or a missing knowledge check (see course-rules). */
export async function loadLessons(): Promise<CollectionEntry<'lessons'>[]> {
  const lessons = (await getCollection('lessons')).map((lesson) => ({ ...lesson, order: lesson.data.order }));
  const quizzes = (await getCollection('quizzes')).map((quiz) => ({ id: quiz.id, questions: quiz.data.questions }));
  const editorial = checkLessons(
    lessons.map((lesson) => ({ id: lesson.id, order: lesson.order, quiz: lesson.data.quiz })),
    quizzes,
  );
  reportEditorial(editorial, editorialIsStrict());
  return assertUniqueOrder('content/lessons/*.mdx', lessons);
}

/** Dutch names for a lesson's audiences. */
export const audienceLabels = { professional: 'professionals', beleid: 'beleid, management en juristen' } as const;
