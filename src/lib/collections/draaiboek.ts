import type { DraaiboekPart } from '../../schemas/draaiboek';
import type { Scheduled } from '../trainer/programme';
import { schedule } from '../trainer/programme';
import { loadCourseList } from './lists';

/** Loads the webinar programme in order with start times; fails the build when two parts share an order. */
export async function loadDraaiboek(): Promise<Scheduled<DraaiboekPart>[]> {
  const parts = await loadCourseList('draaiboek');
  return schedule(parts);
}
