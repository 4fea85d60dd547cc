import { useEffect } from 'preact/hooks';
import { recordLessonVisit } from '../../stores/lessons';

/** Notes in this browser that the learner opened the lesson; renders nothing. */
export function RecordVisit({ slug }: { slug: string }) {
  useEffect(() => recordLessonVisit(slug), [slug]);
  return null;
}
