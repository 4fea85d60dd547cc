import type { DraaiboekPart } from '../schemas/draaiboek';
import { loadCourseList } from './course-lists';
import type { Scheduled } from './programme';
import { schedule } from './programme';

/** Loads the webinar programme in order with start times; fails the build when two parts share an order. */
export async function loadDraaiboek(): Promise<Scheduled<DraaiboekPart>[]> {
  const parts = await loadCourseList('draaiboek');
  parts.forEach((part, index) => {
    const previous = parts[index - 1];
    if (previous && previous.order === part.order) {
      throw new Error(
        `content/course/draaiboek.yaml: parts "${previous.id}" and "${part.id}" both have order ${part.order}.\n    Fix: give every part its own order number.`,
      );
    }
  });
  return schedule(parts);
}
