import { useState } from 'preact/hooks';
import type { Canvas, CanvasQuestion } from '../../lib/canvas/canvas';
import { downloadText, fileSlug } from '../common/download';

interface CanvasFilesProps {
  canvas: Canvas;
  questions: CanvasQuestion[];
  onMessage: (message: string) => void;
}

/** Export the open canvas as Markdown, JSON or on paper, or share it as a link that carries the canvas itself. */
export function CanvasFiles({ canvas, questions, onMessage }: CanvasFilesProps) {
  const [link, setLink] = useState('');
  const { id: _id, ...content } = canvas;
  const name = fileSlug(canvas.name);

  // The export and share code is loaded on demand, to keep the page within its JavaScript budget.
  const exportMarkdown = async () => {
    const { canvasToMarkdown } = await import('../../lib/canvas/markdown');
    downloadText(`7xw-${name}.md`, canvasToMarkdown(canvas, questions, new Date()), 'text/markdown');
    onMessage('Het canvas is bewaard als Markdown-bestand in je downloads.');
  };
  const exportJson = async () => {
    const [{ buildToolFile }, { canvasFileKind }] = await Promise.all([
      import('../../lib/common/tool-file'),
      import('../../lib/canvas/file'),
    ]);
    const file = buildToolFile(canvasFileKind, canvas, new Date());
    downloadText(`7xw-${name}.json`, JSON.stringify(file, null, 2), 'application/json');
    onMessage('Het canvas is bewaard als JSON-bestand in je downloads.');
  };
  const share = async () => {
    const { encodeShareFragment } = await import('../../lib/canvas/share-link');
    const url = new URL(window.location.href);
    url.hash = encodeShareFragment(content);
    setLink(url.href);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      onMessage('De deellink is gekopieerd.');
    } catch {
      onMessage('Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.');
    }
  };

  return (
    <div class="pw-no-print pw-needs-script">
      <h2>Exporteren, afdrukken en delen</h2>
      <div class="pw-button-row">
        <button type="button" class="nl-button nl-button--secondary" onClick={exportMarkdown}>
          Exporteren als Markdown
        </button>
        <button type="button" class="nl-button nl-button--secondary" onClick={exportJson}>
          Exporteren als JSON
        </button>
        <button type="button" class="nl-button nl-button--secondary" onClick={() => window.print()}>
          Afdrukken
        </button>
        <button type="button" class="nl-button nl-button--primary" onClick={share}>
          Deellink maken
        </button>
      </div>
      {link && (
        <div class="pw-card">
          <p>
            <label for="pw-share-link">Deellink voor "{canvas.name}"</label>
            <br />
            <input
              id="pw-share-link"
              class="pw-share-link"
              type="text"
              readOnly
              value={link}
              onFocus={(event) => event.currentTarget.select()}
            />
          </p>
          <p>
            Het canvas staat in de link zelf, achter het #-teken. Dat deel stuurt je browser niet naar een server.
            Iedereen die de link krijgt, kan het canvas lezen. Deel hem dus alleen met wie het mag zien, en zet er geen
            gegevens van inwoners in.
          </p>
          <button type="button" class="nl-button nl-button--secondary" onClick={copy}>
            Kopieer link
          </button>
        </div>
      )}
    </div>
  );
}
