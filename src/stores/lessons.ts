import { isRecord, isRecordOf } from '../lib/common/guards';
import { persistentSection } from './persistent-section';

/** When a lesson was first and last opened. */
export interface LessonVisit {
  firstVisited: string;
  lastVisited: string;
}

const isVisit = (value: unknown): value is LessonVisit =>
  isRecord(value) && typeof value.firstVisited === 'string' && typeof value.lastVisited === 'string';

/** Which lessons the learner has opened, keyed by lesson slug. */
export const $lessonVisits = persistentSection<Record<string, LessonVisit>>({
  id: 'lessons',
  label: 'Bekeken lessen',
  version: 1,
  initial: {},
  validate: (data) => (isRecordOf(data, isVisit) ? data : undefined),
});

/** Records that the learner opened a lesson now. */
export function recordLessonVisit(slug: string, now = new Date()): void {
  const visits = $lessonVisits.get();
  const time = now.toISOString();
  $lessonVisits.set({ ...visits, [slug]: { firstVisited: visits[slug]?.firstVisited ?? time, lastVisited: time } });
}
