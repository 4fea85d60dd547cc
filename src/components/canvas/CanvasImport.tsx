import { useState } from 'preact/hooks';
import type { Canvas, CanvasQuestion } from '../../lib/canvas/canvas';
import { saveCanvasContent } from '../../stores/canvases-actions';
import { type FileReading, ImportPreview, JsonFilePicker } from '../common/JsonFileImport';
import { CanvasPreview } from './CanvasPreview';

interface CanvasImportProps {
  canvases: Record<string, Canvas>;
  questions: CanvasQuestion[];
  onMessage: (message: string) => void;
}

/** Read a canvas file: refused with a reason, or shown first; replacing an existing canvas is only done on request. */
export function CanvasImport({ canvases, questions, onMessage }: CanvasImportProps) {
  const [pending, setPending] = useState<Canvas>();
  const [replace, setReplace] = useState(false);
  const existing = pending ? canvases[pending.id] : undefined;

  const parse = async (text: string): Promise<FileReading<Canvas>> => {
    setReplace(false);
    // Loaded on demand: most visits never import a file.
    const [{ parseToolFile }, { canvasFileKind }] = await Promise.all([
      import('../../lib/common/tool-file'),
      import('../../lib/canvas/file'),
    ]);
    const parsed = parseToolFile(canvasFileKind, text);
    return parsed.ok ? { ok: true, value: parsed.data } : parsed;
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
    <div class="pw-no-print pw-needs-script">
      <h2>Importeren</h2>
      <p>Lees een canvas in dat je eerder als JSON hebt geëxporteerd. Je ziet eerst wat erin staat.</p>
      <JsonFilePicker id="pw-canvas-file" label="Kies een 7×W-bestand (.json)" parse={parse} onRead={setPending} />
      {pending && (
        <ImportPreview
          title="Voorbeeld: dit staat in het bestand"
          confirmLabel={existing && replace ? 'Vervangen' : 'Toevoegen'}
          onConfirm={apply}
          onCancel={() => setPending(undefined)}
        >
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
        </ImportPreview>
      )}
    </div>
  );
}
