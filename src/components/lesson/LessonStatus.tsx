import { useStore } from '@nanostores/preact';
import { $lessonVisits } from '../../stores/lessons';
import { $quizzes } from '../../stores/quizzes';
import { useHydrated } from '../common/use-hydrated-store';

/** "Afgerond", "Bekeken" or "Nog niet begonnen" for one lesson, from this browser's progress. */
export function LessonStatus({ slug, quizId }: { slug: string; quizId: string }) {
  const hydrated = useHydrated();
  const visits = useStore($lessonVisits);
  const quizzes = useStore($quizzes);
  if (!hydrated) return null;
  const result = quizzes[quizId]?.result;
  if (result?.passed)
    return (
      <span class="pw-badge pw-badge--done">
        Afgerond ({result.score} van {result.max} punten)
      </span>
    );
  if (visits[slug]) return <span class="pw-badge">Bekeken</span>;
  return <span class="pw-badge pw-badge--new">Nog niet begonnen</span>;
}
