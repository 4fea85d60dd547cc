import { getCollection } from 'astro:content';
import type { CourseOutline } from '../progress/summary';
import { loadLessons } from './lessons';
import { loadScenarios } from './scenarios';

/** The course structure the progress overview and the certificate need, built from the content. */
export async function loadCourseOutline(): Promise<CourseOutline> {
  const lessons = await loadLessons();
  return {
    lessons: lessons.map((lesson) => ({
      slug: lesson.id,
      title: lesson.data.title,
      order: lesson.data.order,
      quizId: lesson.data.quiz,
    })),
    scenarios: (await loadScenarios()).map((scenario) => ({ id: scenario.id, title: scenario.data.title })),
    stellingCount: (await getCollection('stellingen')).length,
  };
}
