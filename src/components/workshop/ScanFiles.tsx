import { useState } from 'preact/hooks';
import type { Gap, ThemeProfile } from '../../lib/zelfscan';
import { scanProgress } from '../../lib/zelfscan';
import type { ScanThemeView, ZelfscanData } from '../../lib/zelfscan-data';
import { replaceZelfscan } from '../../stores/zelfscan-actions';
import { downloadText } from './download';

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
  const [error, setError] = useState('');
  const current = scanProgress(themes, data.answers).answered;
  const day = () => new Date().toISOString().slice(0, 10);

  const read = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    setPending(undefined);
    if (!chosen) return;
    // File code is loaded on demand, to keep the page within its JavaScript budget.
    const [{ parseToolFile }, { zelfscanFileKind }] = await Promise.all([
      import('../../lib/tool-file'),
      import('../../lib/zelfscan-file'),
    ]);
    const parsed = parseToolFile(zelfscanFileKind, await chosen.text());
    input.value = '';
    if (!parsed.ok) return setError(`Dit bestand kan niet worden ingelezen. ${parsed.reason} Er is niets veranderd.`);
    setError('');
    setPending(parsed.data);
  };

  return (
    <div class="pw-no-print">
      <h2>Exporteren en afdrukken</h2>
      <div class="pw-button-row">
        <button
          type="button"
          class="nl-button nl-button--secondary"
          onClick={async () => {
            const { scanToMarkdown } = await import('../../lib/scan-markdown');
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
              import('../../lib/tool-file'),
              import('../../lib/zelfscan-file'),
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
      <label for="pw-scan-file">Kies een zelfscan-bestand (.json)</label>
      <br />
      <input
        id="pw-scan-file"
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
          <p>
            {scanProgress(themes, pending.answers).answered} van de {scanProgress(themes, pending.answers).total} vragen
            beantwoord, en {Object.keys(pending.proposals).length} werkbladen.
          </p>
          {current > 0 && (
            <p>
              <strong>Let op:</strong> dit vervangt je huidige zelfscan ({current} vragen beantwoord).
            </p>
          )}
          <div class="pw-button-row">
            <button
              type="button"
              class="nl-button nl-button--primary"
              onClick={() => {
                replaceZelfscan(pending);
                setPending(undefined);
                setMessage('De zelfscan uit het bestand is ingelezen.');
              }}
            >
              {current > 0 ? 'Vervangen' : 'Inlezen'}
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
