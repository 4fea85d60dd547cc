import { useState } from 'preact/hooks';
import type { Canvas } from '../../lib/canvas/canvas';
import { sortedCanvases } from '../../lib/canvas/helpers';
import type { CanvasesData } from '../../stores/canvases';
import { createCanvas, deleteCanvas, duplicateCanvas, selectCanvas } from '../../stores/canvases-actions';
import { ConfirmDialog } from '../common/ConfirmDialog';

interface CanvasPickerProps {
  data: CanvasesData;
  canvas?: Canvas;
  onMessage: (message: string) => void;
}

/** Choose which canvas is open; start, duplicate or delete one (deleting asks first). */
export function CanvasPicker({ data, canvas, onMessage }: CanvasPickerProps) {
  const [confirming, setConfirming] = useState(false);
  const canvases = sortedCanvases(data.canvases);

  const remove = () => {
    if (!canvas) return;
    deleteCanvas(canvas.id);
    setConfirming(false);
    onMessage(`Het canvas "${canvas.name}" is verwijderd.`);
  };

  return (
    <div class="pw-canvas-picker pw-no-print pw-needs-script">
      {/* There before anything is stored too, so the canvas below stays put when the stored ones appear. */}
      <p>
        <label for="pw-canvas-select">Open canvas</label>
        <br />
        <select
          id="pw-canvas-select"
          value={canvas?.id ?? ''}
          disabled={canvases.length === 0}
          onChange={(event) => selectCanvas(event.currentTarget.value)}
        >
          {canvases.length === 0 ? (
            <option value="">Nog geen canvas bewaard</option>
          ) : (
            canvases.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))
          )}
        </select>
      </p>
      <div class="pw-button-row">
        <button
          type="button"
          class="nl-button nl-button--secondary"
          onClick={() => {
            createCanvas();
            onMessage('Er is een nieuw, leeg canvas geopend.');
          }}
        >
          Nieuw canvas
        </button>
        {canvas && (
          <>
            <button
              type="button"
              class="nl-button nl-button--secondary"
              onClick={() => {
                duplicateCanvas(canvas.id);
                onMessage(`Er is een kopie gemaakt van "${canvas.name}". De kopie is nu open.`);
              }}
            >
              Dupliceren
            </button>
            <button type="button" class="nl-button nl-button--secondary" onClick={() => setConfirming(true)}>
              Verwijderen
            </button>
          </>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Canvas verwijderen?"
        confirmLabel="Ja, verwijder"
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Het canvas "{canvas?.name}" wordt uit deze browser verwijderd. Dit kun je niet ongedaan maken. Exporteer het
          eerst als je het wilt bewaren.
        </p>
      </ConfirmDialog>
    </div>
  );
}
