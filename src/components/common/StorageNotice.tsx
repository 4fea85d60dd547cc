import { useStore } from '@nanostores/preact';
import { $storageNotices, dismissNotice } from '../../stores/persistent-section';
import { $storageAvailable } from '../../stores/storage-engine';

interface StorageNoticeProps {
  /** Only show notices for these sections; all when left out. */
  sectionIds?: string[];
}

const reasons = {
  corrupt: 'was beschadigd en is teruggezet naar leeg',
  foreign: 'had een onbekende vorm en is teruggezet naar leeg',
  future: 'komt van een nieuwere versie van deze site; we laten die gegevens staan en bewaren nu niets nieuws',
} as const;

/** Tells the learner when stored data could not be used, or when nothing will be kept after this visit. */
export function StorageNotice({ sectionIds }: StorageNoticeProps) {
  const notices = Object.values(useStore($storageNotices)).filter(
    (notice) => !sectionIds || sectionIds.includes(notice.sectionId),
  );
  const available = useStore($storageAvailable);
  return (
    <div role="status" class="pw-storage-notice">
      {!available && (
        <p class="pw-notice">
          Je browser staat niet toe dat deze site iets bewaart. Alles werkt, maar je voortgang is weg als je de pagina
          sluit.
        </p>
      )}
      {notices.map((notice) => (
        <p class="pw-notice" key={notice.sectionId}>
          {notice.label}: {reasons[notice.status]}.{' '}
          <button type="button" class="nl-button nl-button--secondary" onClick={() => dismissNotice(notice.sectionId)}>
            Begrepen
          </button>
        </p>
      ))}
    </div>
  );
}
