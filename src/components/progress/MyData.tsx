import { useEffect, useState } from 'preact/hooks';
import type { StoredSectionInfo } from '../../stores/my-data';
import '../../stores/all-sections';
import { exportAllData, listStoredData, wipeAllData } from '../../stores/my-data';
import { registeredSections } from '../../stores/persistent-section';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { StorageNotice } from '../common/StorageNotice';
import { DataList } from './DataList';
import { ImportData } from './ImportData';

/** "Mijn gegevens": what the browser keeps, and export, import and delete of all of it. */
export function MyData() {
  // Built only in the browser (client:only), so the first render can read storage: starting empty and filling in
  // after it moved everything below the list down for every learner who has data.
  const [rows, setRows] = useState<StoredSectionInfo[]>(listStoredData);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const refresh = () => setRows(listStoredData());

  useEffect(() => {
    const unsubscribers = registeredSections().map((section) => section.store.listen(refresh));
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, []);

  const labelFor = (sectionId: string) =>
    registeredSections().find((section) => section.definition.id === sectionId)?.definition.label ?? sectionId;

  const download = () => {
    const file = exportAllData();
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: `pettenwijzer-gegevens-${file.exportedAt.slice(0, 10)}.json`,
    });
    link.click();
    URL.revokeObjectURL(url);
    setMessage('Je gegevens zijn bewaard als bestand in je downloads.');
  };

  const wipe = () => {
    wipeAllData();
    setConfirming(false);
    refresh();
    setMessage('Alles is gewist. Deze browser bewaart niets meer van Pettenwijzer.');
  };

  const done = (text: string) => {
    refresh();
    setMessage(text);
  };

  return (
    <div class="pw-my-data">
      <StorageNotice />
      <DataList rows={rows} />
      <p role="status" class="pw-my-data__status">
        {message}
      </p>
      <h2>Exporteren</h2>
      <p>Bewaar al je gegevens in één bestand, bijvoorbeeld om op een andere computer verder te gaan.</p>
      <button type="button" class="nl-button nl-button--primary" onClick={download}>
        Exporteren
      </button>
      <h2>Importeren</h2>
      <p>Lees een eerder bewaard bestand in. Je ziet eerst wat er verandert.</p>
      <ImportData labelFor={labelFor} onDone={done} />
      <h2>Alles wissen</h2>
      <p>Verwijder alles wat Pettenwijzer in deze browser heeft bewaard. Dit kun je niet ongedaan maken.</p>
      <button type="button" class="nl-button nl-button--secondary" onClick={() => setConfirming(true)}>
        Alles wissen
      </button>
      <ConfirmDialog
        open={confirming}
        title="Alles wissen?"
        confirmLabel="Ja, wis alles"
        onConfirm={wipe}
        onCancel={() => setConfirming(false)}
      >
        <p>Je antwoorden, scores, scenario's en werkbladen worden uit deze browser verwijderd.</p>
      </ConfirmDialog>
    </div>
  );
}
