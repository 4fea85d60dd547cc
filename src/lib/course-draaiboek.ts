import type { DraaiboekPart } from '../schemas/draaiboek';
import { loadCourseList } from './course-lists';
import type { Scheduled } from './programme';
import { schedule } from './programme';

/** Loads the webinar programme in order with start times; fails the build when two parts share an order. */
export async function loadDraaiboek(): Promise<Scheduled<DraaiboekPart>[]> {
  const parts = await loadCourseList('draaiboek');
  return schedule(parts);
}
