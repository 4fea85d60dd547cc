import { useEffect } from 'preact/hooks';
import { quizScoreOf } from '../../lib/quiz/scoring';
import type { QuizScoringView } from '../../lib/quiz/view';
import { $quizzes } from '../../stores/quizzes';
import { recordQuizResult } from '../../stores/quizzes-actions';
import { useHydratedStore } from '../common/use-hydrated-store';

/**
 * The knowledge check's score, below its questions, once every question has been checked; it also stores the
 * result then. The one island of a quiz that knows every question's scoring, so it hydrates with the page rather
 * than when scrolled to: a result reached on a question far above must be stored even if the learner leaves.
 */
export function QuizScore({ quiz }: { quiz: QuizScoringView }) {
  // Stored work is shown only after hydration, so the first render matches the server HTML.
  const record = useHydratedStore($quizzes)[quiz.id];
  const score = quizScoreOf(quiz, record?.questions ?? {});

  // Runs after every change of the stored record; it stores nothing while a question is open or the score stands.
  useEffect(() => recordQuizResult(quiz), [quiz, record]);

  return (
    <div role="status" class="pw-quiz__summary">
      {score && (
        <p class={`pw-notice ${score.passed ? 'pw-notice--positive' : ''}`}>
          <strong>
            Je score: {score.score} van {score.max} punten ({score.percentage}%).
          </strong>{' '}
          {score.passed
            ? 'Gehaald!'
            : `Nog niet gehaald: je hebt ${quiz.passPercentage}% nodig. Probeer de vragen die niet goed waren opnieuw.`}
        </p>
      )}
    </div>
  );
}
