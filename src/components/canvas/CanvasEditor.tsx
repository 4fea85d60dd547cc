import type { Canvas, CanvasQuestion } from '../../lib/canvas/canvas';
import { canvasLimits } from '../../lib/canvas/canvas';
import { createCanvas, renameCanvas, setCanvasAnswer } from '../../stores/canvases-actions';

interface CanvasEditorProps {
  canvas?: Canvas;
  questions: CanvasQuestion[];
}

/** The seven questions with guidance and example, and a field per answer; every keystroke is saved. */
export function CanvasEditor({ canvas, questions }: CanvasEditorProps) {
  const rename = (name: string) => (canvas ? renameCanvas(canvas.id, name) : createCanvas(name));
  return (
    <div class="pw-canvas">
      <p class="pw-no-print">
        <label for="pw-canvas-name">Naam van de overlegtafel</label>
        <br />
        <input
          id="pw-canvas-name"
          type="text"
          class="pw-canvas__name"
          maxLength={canvasLimits.name}
          value={canvas?.name ?? ''}
          placeholder="Bijvoorbeeld: casusoverleg wijkteam Noord"
          onInput={(event) => rename(event.currentTarget.value)}
        />
      </p>
      <p class="pw-print-only pw-canvas__print-title">Overlegtafel: {canvas?.name || '…'}</p>
      <ol class="pw-canvas__questions">
        {questions.map((question) => {
          const answer = canvas?.answers[question.id] ?? '';
          const headingId = `pw-w-${question.id}`;
          return (
            <li key={question.id} class="pw-canvas__question">
              <h3 id={headingId}>
                {question.order}. {question.question}
              </h3>
              <p id={`${headingId}-hulp`} class="pw-canvas__guidance">
                {question.guidance}
              </p>
              <details class="pw-canvas__example">
                <summary>Voorbeeld</summary>
                <p>{question.example}</p>
              </details>
              <textarea
                class="pw-canvas__answer"
                rows={4}
                maxLength={canvasLimits.answer}
                aria-labelledby={headingId}
                aria-describedby={`${headingId}-hulp`}
                placeholder={question.placeholder}
                value={answer}
                onInput={(event) => setCanvasAnswer(canvas?.id, question.id, event.currentTarget.value)}
              />
              <div class="pw-print-only pw-typed-text pw-canvas__print-answer">{answer}</div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
