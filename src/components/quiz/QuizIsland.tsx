import { quizScoreOf } from '../../lib/quiz/scoring';
import type { QuizView } from '../../lib/quiz/view';
import { $quizzes } from '../../stores/quizzes';
import { StorageNotice } from '../common/StorageNotice';
import { useHydrated, useHydratedStore } from '../common/use-hydrated-store';
import { QuestionBlock } from './QuestionBlock';

/** A knowledge check: its questions, and the score once every question has been checked. */
export function QuizIsland({ quiz }: { quiz: QuizView }) {
  const hydrated = useHydrated();
  // Stored work is shown only after hydration, so the first render matches the server HTML.
  const record = useHydratedStore($quizzes)[quiz.id];
  const states = quiz.questions.map((question) => record?.questions[question.id]);
  const score = quizScoreOf(quiz, record?.questions ?? {});

  return (
    <div class="pw-quiz">
      <StorageNotice sectionIds={['quizzes']} />
      {quiz.questions.map((question, index) => (
        <QuestionBlock
          key={question.id}
          quiz={quiz}
          question={question}
          number={index + 1}
          state={states[index]}
          hydrated={hydrated}
        />
      ))}
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
    </div>
  );
}
