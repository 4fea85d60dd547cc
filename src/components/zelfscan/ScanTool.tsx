import { useState } from 'preact/hooks';
import type { ScanThemeView } from '../../lib/zelfscan/data';
import { scanProgress } from '../../lib/zelfscan/scoring';
import { $zelfscan } from '../../stores/zelfscan';
import { clearZelfscan } from '../../stores/zelfscan-actions';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { StorageNotice } from '../common/StorageNotice';
import { useHydratedStore } from '../common/use-hydrated-store';
import { ScanQuestionField } from './ScanQuestionField';

/** The zelfscan questions per theme; answers are saved as they are given. */
export function ScanTool({ themes, resultHref }: { themes: ScanThemeView[]; resultHref: string }) {
  const data = useHydratedStore($zelfscan);
  const { answered, total } = scanProgress(themes, data.answers);
  const [confirming, setConfirming] = useState(false);
  return (
    <div class="pw-scan">
      <StorageNotice sectionIds={['zelfscan']} />
      {themes.map((theme) => (
        <section key={theme.id} aria-labelledby={`pw-thema-${theme.id}`}>
          <h2 id={`pw-thema-${theme.id}`}>{theme.title}</h2>
          <p>{theme.intro}</p>
          {theme.questions.map((question) => (
            <ScanQuestionField key={question.id} question={question} answer={data.answers[question.id]} />
          ))}
        </section>
      ))}
      <div class="pw-card pw-no-print">
        <p role="status">
          Je hebt {answered} van de {total} vragen beantwoord.
          {answered < total && ' Je kunt ook met een deel van de antwoorden je resultaat bekijken.'}
        </p>
        <div class="pw-button-row">
          <a class="nl-button nl-button--primary pw-button-link" href={resultHref}>
            Bekijk je resultaat
          </a>
          {answered > 0 && (
            <button type="button" class="nl-button nl-button--secondary" onClick={() => setConfirming(true)}>
              Opnieuw beginnen
            </button>
          )}
        </div>
        <ConfirmDialog
          open={confirming}
          title="Opnieuw beginnen?"
          confirmLabel="Ja, wis de zelfscan"
          onConfirm={() => {
            clearZelfscan();
            setConfirming(false);
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>
            Je antwoorden, toelichtingen en werkbladen van de zelfscan worden gewist. Exporteer ze eerst als je ze wilt
            bewaren.
          </p>
        </ConfirmDialog>
      </div>
    </div>
  );
}
