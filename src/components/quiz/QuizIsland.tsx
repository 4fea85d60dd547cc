import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { scoreQuestion, scoreQuiz } from '../../lib/quiz-scoring';
import type { QuizView } from '../../lib/quiz-view';
import { $quizzes, recordResult } from '../../stores/quizzes';
import { useHydrated } from '../hooks/use-hydrated-store';
import { StorageNotice } from '../StorageNotice';
import { QuestionBlock } from './QuestionBlock';

/** A knowledge check: its questions, and the score once every question has been checked. */
export function QuizIsland({ quiz }: { quiz: QuizView }) {
  const hydrated = useHydrated();
  // Stored work is shown only after hydration, so the first render matches the server HTML.
  const all = useStore($quizzes);
  const record = hydrated ? all[quiz.id] : undefined;
  const states = quiz.questions.map((question) => record?.questions[question.id]);
  const allChecked = states.every((state) => state?.checked);
  const score = allChecked
    ? scoreQuiz(
        quiz.questions.map((question, index) => scoreQuestion(question, states[index]?.answer ?? {})),
        quiz.passPercentage,
      )
    : undefined;

  useEffect(() => {
    if (!score) return;
    const stored = record?.result;
    if (!stored || stored.score !== score.score || stored.max !== score.max) recordResult(quiz.id, score);
  }, [score?.score, score?.max]);

  return (
    <div class="pw-quiz">
      <StorageNotice sectionIds={['quizzes']} />
      {quiz.questions.map((question, index) => (
        <QuestionBlock
          key={question.id}
          quizId={quiz.id}
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
