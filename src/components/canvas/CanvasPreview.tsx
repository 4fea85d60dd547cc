import type { CanvasContent, CanvasQuestion } from '../../lib/canvas/canvas';

interface CanvasPreviewProps {
  canvas: CanvasContent;
  questions: CanvasQuestion[];
}

/** A read-only look at a canvas from a file or share link; every text is shown as plain text. */
export function CanvasPreview({ canvas, questions }: CanvasPreviewProps) {
  return (
    <div class="pw-canvas-preview">
      <p>
        Naam: <strong>{canvas.name || 'Naamloos canvas'}</strong>
      </p>
      <dl>
        {questions.map((question) => (
          <div key={question.id}>
            <dt>
              {question.order}. {question.question}
            </dt>
            <dd class="pw-typed-text">{canvas.answers[question.id]?.trim() || <em>Niet ingevuld</em>}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
