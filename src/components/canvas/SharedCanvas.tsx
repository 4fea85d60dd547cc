import { useEffect, useState } from 'preact/hooks';
import type { CanvasQuestion } from '../../lib/canvas/canvas';
import { shareKey } from '../../lib/canvas/share-key';
import type { ShareLinkContent } from '../../lib/canvas/share-link';
import { saveCanvasContent } from '../../stores/canvases-actions';
import { CanvasPreview } from './CanvasPreview';

interface SharedCanvasProps {
  questions: CanvasQuestion[];
  onMessage: (message: string) => void;
}

/** A canvas opened from a share link: shown first, saved only as a new canvas, never over an existing one. */
export function SharedCanvas({ questions, onMessage }: SharedCanvasProps) {
  const [shared, setShared] = useState<ShareLinkContent>({ status: 'none' });

  useEffect(() => {
    // lz-string is only loaded when the page was opened from a share link.
    const read = async () => {
      if (!window.location.hash.startsWith(`#${shareKey}=`)) return setShared({ status: 'none' });
      const { decodeShareFragment } = await import('../../lib/canvas/share-link');
      setShared(decodeShareFragment(window.location.hash));
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  const close = (message: string) => {
    history.replaceState(null, '', window.location.pathname + window.location.search);
    setShared({ status: 'none' });
    onMessage(message);
  };

  if (shared.status === 'none') return null;
  if (shared.status === 'damaged') {
    return (
      <div class="pw-notice pw-notice--negative pw-no-print" role="alert">
        <p>
          <strong>Deze deellink werkt niet.</strong> {shared.reason} Vraag degene die de link stuurde om hem opnieuw te
          sturen.
        </p>
        <button type="button" class="nl-button nl-button--secondary" onClick={() => close('')}>
          Sluiten
        </button>
      </div>
    );
  }
  return (
    <section class="pw-card pw-no-print" aria-labelledby="pw-shared-title">
      <h2 id="pw-shared-title">Gedeeld canvas</h2>
      <p>Iemand heeft dit canvas met je gedeeld. Het is nog niet bewaard in deze browser.</p>
      <CanvasPreview canvas={shared.canvas} questions={questions} />
      <div class="pw-button-row">
        <button
          type="button"
          class="nl-button nl-button--primary"
          onClick={() => {
            saveCanvasContent(shared.canvas, 'new');
            close('Het gedeelde canvas is bewaard als nieuw canvas en geopend.');
          }}
        >
          Bewaar als nieuw canvas
        </button>
        <button
          type="button"
          class="nl-button nl-button--secondary"
          onClick={() => close('Het gedeelde canvas is niet bewaard.')}
        >
          Niet bewaren
        </button>
      </div>
    </section>
  );
}
