import { useState } from 'preact/hooks';
import type { Canvas, CanvasQuestion } from '../../lib/canvas';
import { saveCanvasContent } from '../../stores/canvas-actions';
import { CanvasPreview } from './CanvasPreview';

interface CanvasImportProps {
  canvases: Record<string, Canvas>;
  questions: CanvasQuestion[];
  onMessage: (message: string) => void;
}

/** Read a canvas file: refused with a reason, or shown first; replacing an existing canvas is only done on request. */
export function CanvasImport({ canvases, questions, onMessage }: CanvasImportProps) {
  const [pending, setPending] = useState<Canvas>();
  const [error, setError] = useState('');
  const [replace, setReplace] = useState(false);
  const existing = pending ? canvases[pending.id] : undefined;

  const read = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    setPending(undefined);
    setReplace(false);
    if (!chosen) return;
    // Loaded on demand: most visits never import a file.
    const [{ parseToolFile }, { canvasFileKind }] = await Promise.all([
      import('../../lib/tool-file'),
      import('../../lib/canvas-file'),
    ]);
    const parsed = parseToolFile(canvasFileKind, await chosen.text());
    input.value = '';
    if (!parsed.ok) return setError(`Dit bestand kan niet worden ingelezen. ${parsed.reason} Er is niets veranderd.`);
    setError('');
    setPending(parsed.data);
  };

  const apply = () => {
    if (!pending) return;
    const { id, ...content } = pending;
    saveCanvasContent(content, existing && replace ? { replaceId: id } : 'new');
    setPending(undefined);
    onMessage(
      existing && replace ? `Het canvas "${existing.name}" is vervangen.` : 'Het canvas is toegevoegd en geopend.',
    );
  };

  return (
    <div class="pw-no-print">
      <h2>Importeren</h2>
      <p>Lees een canvas in dat je eerder als JSON hebt geëxporteerd. Je ziet eerst wat erin staat.</p>
      <label for="pw-canvas-file">Kies een 7×W-bestand (.json)</label>
      <br />
      <input
        id="pw-canvas-file"
        type="file"
        accept="application/json,.json"
        onChange={(event) => read(event.currentTarget)}
      />
      {error && (
        <p class="pw-notice pw-notice--negative" role="alert">
          {error}
        </p>
      )}
      {pending && (
        <div class="pw-card">
          <h3>Voorbeeld: dit staat in het bestand</h3>
          <CanvasPreview canvas={pending} questions={questions} />
          {existing && (
            <fieldset>
              <legend>Dit canvas staat al in deze browser als "{existing.name}". Wat wil je?</legend>
              <label class="pw-choice">
                <input type="radio" name="pw-import-canvas" checked={!replace} onChange={() => setReplace(false)} />{' '}
                Toevoegen als nieuw canvas
              </label>
              <label class="pw-choice">
                <input type="radio" name="pw-import-canvas" checked={replace} onChange={() => setReplace(true)} /> Het
                bestaande canvas vervangen
              </label>
            </fieldset>
          )}
          <div class="pw-button-row">
            <button type="button" class="nl-button nl-button--primary" onClick={apply}>
              {existing && replace ? 'Vervangen' : 'Toevoegen'}
            </button>
            <button type="button" class="nl-button nl-button--secondary" onClick={() => setPending(undefined)}>
              Annuleren
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
