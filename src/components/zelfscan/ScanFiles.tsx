import { useState } from 'preact/hooks';
import type { ScanThemeView, ZelfscanData } from '../../lib/zelfscan/data';
import type { Gap, ThemeProfile } from '../../lib/zelfscan/scoring';
import { scanProgress } from '../../lib/zelfscan/scoring';
import { replaceZelfscan } from '../../stores/zelfscan-actions';
import { downloadText } from '../common/download';
import { type FileReading, ImportPreview, JsonFilePicker } from '../common/JsonFileImport';

interface ScanFilesProps {
  themes: ScanThemeView[];
  data: ZelfscanData;
  profiles: ThemeProfile[];
  gaps: Gap[];
}

/** Export the scan and report as Markdown, JSON or on paper, and read a JSON export back after a preview. */
export function ScanFiles({ themes, data, profiles, gaps }: ScanFilesProps) {
  const [pending, setPending] = useState<ZelfscanData>();
  const [message, setMessage] = useState('');
  const current = scanProgress(themes, data.answers).answered;
  const day = () => new Date().toISOString().slice(0, 10);

  const parse = async (text: string): Promise<FileReading<ZelfscanData>> => {
    // File code is loaded on demand, to keep the page within its JavaScript budget.
    const [{ parseToolFile }, { zelfscanFileKind }] = await Promise.all([
      import('../../lib/common/tool-file'),
      import('../../lib/zelfscan/file'),
    ]);
    const parsed = parseToolFile(zelfscanFileKind, text);
    return parsed.ok ? { ok: true, value: parsed.data } : parsed;
  };

  return (
    <div class="pw-no-print">
      <h2>Exporteren en afdrukken</h2>
      <div class="pw-button-row">
        <button
          type="button"
          class="nl-button nl-button--secondary"
          onClick={async () => {
            const { scanToMarkdown } = await import('../../lib/zelfscan/markdown');
            downloadText(
              `zelfscan-${day()}.md`,
              scanToMarkdown(themes, data, profiles, gaps, new Date()),
              'text/markdown',
            );
            setMessage('Het rapport is bewaard als Markdown-bestand in je downloads.');
          }}
        >
          Exporteren als Markdown
        </button>
        <button
          type="button"
          class="nl-button nl-button--secondary"
          onClick={async () => {
            const [{ buildToolFile }, { zelfscanFileKind }] = await Promise.all([
              import('../../lib/common/tool-file'),
              import('../../lib/zelfscan/file'),
            ]);
            const file = buildToolFile(zelfscanFileKind, data, new Date());
            downloadText(`zelfscan-${day()}.json`, JSON.stringify(file, null, 2), 'application/json');
            setMessage('De zelfscan is bewaard als JSON-bestand in je downloads.');
          }}
        >
          Exporteren als JSON
        </button>
        <button type="button" class="nl-button nl-button--secondary" onClick={() => window.print()}>
          Afdrukken
        </button>
      </div>
      <p role="status">{message}</p>
      <h2>Importeren</h2>
      <JsonFilePicker id="pw-scan-file" label="Kies een zelfscan-bestand (.json)" parse={parse} onRead={setPending} />
      {pending && (
        <ImportPreview
          title="Voorbeeld: dit staat in het bestand"
          confirmLabel={current > 0 ? 'Vervangen' : 'Inlezen'}
          onConfirm={() => {
            replaceZelfscan(pending);
            setPending(undefined);
            setMessage('De zelfscan uit het bestand is ingelezen.');
          }}
          onCancel={() => setPending(undefined)}
        >
          <p>
            {scanProgress(themes, pending.answers).answered} van de {scanProgress(themes, pending.answers).total} vragen
            beantwoord, en {Object.keys(pending.proposals).length} werkbladen.
          </p>
          {current > 0 && (
            <p>
              <strong>Let op:</strong> dit vervangt je huidige zelfscan ({current} vragen beantwoord).
            </p>
          )}
        </ImportPreview>
      )}
    </div>
  );
}
