import { useState } from 'preact/hooks';
import type { ExportFile, ImportChange, ImportPlanRow } from '../../lib/data-export';
import { parseImportFile } from '../../lib/data-export';
import { applyImport, previewImport } from '../../stores/my-data';

const changeLabels: Record<ImportChange, string> = {
  nieuw: 'wordt toegevoegd',
  vervangen: 'verschilt van wat er nu staat',
  gelijk: 'is al hetzelfde',
  'nieuwere-versie': 'komt van een nieuwere versie: wordt bewaard, maar niet gebruikt',
  onbekend: 'onbekend onderdeel: wordt bewaard, maar niet gebruikt',
};

interface ImportDataProps {
  labelFor: (sectionId: string) => string;
  onDone: (message: string) => void;
}

/** Choose a file, see what would change, then merge or replace. Nothing changes before "Toepassen". */
export function ImportData({ labelFor, onDone }: ImportDataProps) {
  const [pending, setPending] = useState<{ file: ExportFile; plan: ImportPlanRow[] }>();
  const [error, setError] = useState('');
  const [mode, setMode] = useState<'samenvoegen' | 'vervangen'>('samenvoegen');

  const read = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    setPending(undefined);
    if (!chosen) return;
    const parsed = parseImportFile(await chosen.text());
    if (!parsed.ok) return setError(`Dit bestand kan niet worden ingelezen. ${parsed.reason} Er is niets veranderd.`);
    setError('');
    setPending({ file: parsed.file, plan: previewImport(parsed.file) });
  };

  const apply = () => {
    if (!pending) return;
    applyImport(pending.file, mode);
    setPending(undefined);
    onDone(
      mode === 'vervangen'
        ? 'Je gegevens zijn vervangen door het bestand.'
        : 'Het bestand is samengevoegd met je gegevens.',
    );
  };

  return (
    <div>
      <label for="pw-import-file">Kies een exportbestand (.json)</label>
      <br />
      <input id="pw-import-file" type="file" accept="application/json,.json" onChange={(e) => read(e.currentTarget)} />
      {error && (
        <p class="pw-notice pw-notice--negative" role="alert">
          {error}
        </p>
      )}
      {pending && (
        <div class="pw-card">
          <h3>Voorbeeld: dit gebeurt er</h3>
          {pending.plan.length === 0 ? (
            <p>Het bestand bevat geen gegevens.</p>
          ) : (
            <ul>
              {pending.plan.map((row) => (
                <li key={row.sectionId}>
                  <strong>{labelFor(row.sectionId)}</strong>: {changeLabels[row.change]}
                </li>
              ))}
            </ul>
          )}
          <fieldset>
            <legend>Hoe wil je het bestand inlezen?</legend>
            <label class="pw-choice">
              <input
                type="radio"
                name="pw-import-mode"
                checked={mode === 'samenvoegen'}
                onChange={() => setMode('samenvoegen')}
              />{' '}
              Samenvoegen met wat er nu staat
            </label>
            <label class="pw-choice">
              <input
                type="radio"
                name="pw-import-mode"
                checked={mode === 'vervangen'}
                onChange={() => setMode('vervangen')}
              />{' '}
              Alles vervangen door het bestand
            </label>
          </fieldset>
          <div class="pw-button-row">
            <button type="button" class="nl-button nl-button--primary" onClick={apply}>
              Toepassen
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
