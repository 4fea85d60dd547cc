import type { CollectionEntry } from 'astro:content';
import { getCollection, getEntry } from 'astro:content';

/** All lessons in learning-path order; fails the build on a duplicate order or a missing knowledge check. */
export async function loadLessons(): Promise<CollectionEntry<'lessons'>[]> {
  const lessons = (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
  for (const [index, lesson] of lessons.entries()) {
    const previous = lessons[index - 1];
    if (previous && previous.data.order === lesson.data.order) {
      throw new Error(
        `Content files content/lessons/${previous.id}.mdx and ${lesson.id}.mdx both have order ${lesson.data.order}.\n    Fix: give every lesson its own order number.`,
      );
    }
    if (!(await getEntry('quizzes', lesson.data.quiz))) {
      throw new Error(
        `Content file content/lessons/${lesson.id}.mdx has 1 problem:\n  • quiz: there is no knowledge check "${lesson.data.quiz}"; received "${lesson.data.quiz}".\n    Fix: create content/quizzes/${lesson.data.quiz}.yaml or name an existing quiz.`,
      );
    }
  }
  return lessons;
}

/** Dutch names for a lesson's audiences. */
export const audienceLabels = { professional: 'professionals', beleid: 'beleid, management en juristen' } as const;
