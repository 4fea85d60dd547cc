import { useState } from 'preact/hooks';
import type { ExportFile, ImportChange, ImportPlanRow } from '../../lib/data-export';
import { parseImportFile } from '../../lib/data-export';
import { applyImport, previewImport } from '../../stores/my-data';
import { ImportPreview, JsonFilePicker } from '../JsonFileImport';

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
  const [mode, setMode] = useState<'samenvoegen' | 'vervangen'>('samenvoegen');

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
      <JsonFilePicker
        id="pw-import-file"
        label="Kies een exportbestand (.json)"
        parse={(text) => {
          const parsed = parseImportFile(text);
          return parsed.ok ? { ok: true, value: parsed.file } : parsed;
        }}
        onRead={(file) => setPending(file && { file, plan: previewImport(file) })}
      />
      {pending && (
        <ImportPreview
          title="Voorbeeld: dit gebeurt er"
          confirmLabel="Toepassen"
          onConfirm={apply}
          onCancel={() => setPending(undefined)}
        >
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
        </ImportPreview>
      )}
    </div>
  );
}
