import { useEffect, useRef, useState } from 'preact/hooks';
import { scoreQuestion } from '../../lib/quiz/scoring';
import type { QuestionView } from '../../lib/quiz/view';
import { $quizzes } from '../../stores/quizzes';
import { changeAnswer, checkAnswer, retryQuestion } from '../../stores/quizzes-actions';
import { useHydrated, useHydratedStore } from '../common/use-hydrated-store';
import { AnswerInput } from './AnswerInput';
import { CorrectAnswer } from './CorrectAnswer';

interface QuestionBlockProps {
  quizId: string;
  question: QuestionView;
  number: number;
}

/**
 * One question of a knowledge check, an island of its own (Quiz.astro): answer, Controleer, feedback and
 * explanation, Opnieuw proberen, and the answer after two tries.
 */
export function QuestionBlock({ quizId, question, number }: QuestionBlockProps) {
  const hydrated = useHydrated();
  // Stored work is shown only after hydration, so the first render matches the server HTML.
  const state = useHydratedStore($quizzes)[quizId]?.questions[question.id];
  const feedbackHeading = useRef<HTMLHeadingElement>(null);
  const [showAnswer, setShowAnswer] = useState(false);
  const [focusFeedback, setFocusFeedback] = useState(false);
  const answer = state?.answer ?? {};
  const result = state?.checked ? scoreQuestion(question, answer) : undefined;
  const titleId = `${quizId}-${question.id}-titel`;

  // Move focus to the feedback once it has rendered, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (focusFeedback && feedbackHeading.current) {
      feedbackHeading.current.focus();
      setFocusFeedback(false);
    }
  });

  const check = () => {
    checkAnswer(quizId, question.id);
    setFocusFeedback(true);
  };

  return (
    <section class="pw-card pw-quiz__question" aria-labelledby={titleId}>
      <h3 id={titleId}>Vraag {number}</h3>
      {/* Author Markdown rendered at build time. */}
      <div dangerouslySetInnerHTML={{ __html: question.promptHtml }} />
      <AnswerInput
        question={question}
        name={`${quizId}-${question.id}`}
        answer={answer}
        parts={result?.parts}
        onChange={(change) => changeAnswer(quizId, question.id, change)}
      />
      {!hydrated && (
        <details>
          <summary>Antwoord en uitleg</summary>
          <CorrectAnswer question={question} />
          <div dangerouslySetInnerHTML={{ __html: question.explanationHtml }} />
        </details>
      )}
      <div aria-live="polite">
        {result && (
          <div class={`pw-notice ${result.correct ? 'pw-notice--positive' : 'pw-notice--negative'}`}>
            <h4 ref={feedbackHeading} tabIndex={-1}>
              {result.correct ? 'Goed!' : `Nog niet helemaal: ${result.points} van ${result.max} punten.`}
            </h4>
            <div dangerouslySetInnerHTML={{ __html: question.explanationHtml }} />
          </div>
        )}
      </div>
      {hydrated && (
        <div class="pw-button-row">
          {!result && (
            <button type="button" class="nl-button nl-button--primary" onClick={check}>
              Controleer
            </button>
          )}
          {result && !result.correct && (
            <button
              type="button"
              class="nl-button nl-button--secondary"
              onClick={() => retryQuestion(quizId, question.id)}
            >
              Opnieuw proberen
            </button>
          )}
          {result && !result.correct && (state?.attempts ?? 0) >= 2 && !showAnswer && (
            <button type="button" class="nl-button nl-button--secondary" onClick={() => setShowAnswer(true)}>
              Toon het goede antwoord
            </button>
          )}
        </div>
      )}
      {showAnswer && result && !result.correct && (
        <section class="pw-card" aria-label="Het goede antwoord">
          <h4>Het goede antwoord</h4>
          <CorrectAnswer question={question} />
        </section>
      )}
    </section>
  );
}
