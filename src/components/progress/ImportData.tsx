import { useState } from 'preact/hooks';
import type { ImportChange, ImportFile, ImportMode, ImportPlanRow } from '../../lib/progress/data-import';
import type { FileReading } from '../common/JsonFileImport';
import { ImportPreview, JsonFilePicker } from '../common/JsonFileImport';

type Importer = typeof import('../../stores/my-data-import');

const changeLabels: Record<ImportChange, string> = {
  nieuw: 'wordt toegevoegd',
  vervangen: 'vervangt wat er nu staat',
  samengevoegd: 'wordt samengevoegd met wat er nu staat',
  gelijk: 'is al hetzelfde',
  geweigerd: 'wordt niet ingelezen',
  genegeerd: 'onbekend onderdeel, wordt overgeslagen',
  gewist: 'staat niet in het bestand en wordt gewist',
};

interface ImportDataProps {
  labelFor: (sectionId: string) => string;
  onDone: (message: string) => void;
}

/** Choose a file, see what would change, then merge or replace. Nothing changes before "Toepassen". */
export function ImportData({ labelFor, onDone }: ImportDataProps) {
  const [pending, setPending] = useState<{ file: ImportFile; importer: Importer }>();
  const [mode, setMode] = useState<ImportMode>('samenvoegen');

  const parse = async (text: string): Promise<FileReading<{ file: ImportFile; importer: Importer }>> => {
    // Loaded on demand: most visits never import a file.
    const [{ parseImportFile }, importer] = await Promise.all([
      import('../../lib/progress/data-import'),
      import('../../stores/my-data-import'),
    ]);
    const parsed = parseImportFile(text);
    return parsed.ok ? { ok: true, value: { file: parsed.file, importer } } : parsed;
  };

  const apply = () => {
    if (!pending) return;
    const plan = pending.importer.applyImport(pending.file, mode);
    setPending(undefined);
    const kept = plan.some((row) => row.change === 'geweigerd')
      ? ' Wat niet kon worden ingelezen, is gebleven zoals het was.'
      : '';
    onDone(
      `${mode === 'vervangen' ? 'Je gegevens zijn vervangen door het bestand.' : 'Het bestand is samengevoegd met je gegevens.'}${kept}`,
    );
  };

  const plan = pending?.importer.previewImport(pending.file, mode);
  return (
    <div>
      <JsonFilePicker id="pw-import-file" label="Kies een exportbestand (.json)" parse={parse} onRead={setPending} />
      {pending && plan && (
        <ImportPreview
          title="Voorbeeld: dit gebeurt er"
          confirmLabel="Toepassen"
          onConfirm={apply}
          onCancel={() => setPending(undefined)}
        >
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
          {plan.length === 0 ? <p>Het bestand bevat geen gegevens.</p> : <PlanList plan={plan} labelFor={labelFor} />}
        </ImportPreview>
      )}
    </div>
  );
}

/** The preview rows; a refused section says why, and that what is stored for it stays. */
function PlanList({ plan, labelFor }: { plan: ImportPlanRow[]; labelFor: (sectionId: string) => string }) {
  return (
    <ul aria-live="polite">
      {plan.map((row) => (
        <li key={row.sectionId}>
          <strong>{labelFor(row.sectionId)}</strong>: {changeLabels[row.change]}
          {row.reason && `, want ${row.reason}. Wat er nu staat, blijft bewaard`}.
        </li>
      ))}
    </ul>
  );
}
