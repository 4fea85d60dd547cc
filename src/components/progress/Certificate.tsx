import { useStore } from '@nanostores/preact';
import type { CourseOutline } from '../../lib/progress/summary';
import { certificateStatus } from '../../lib/progress/summary';
import { ratingLabels } from '../../lib/scenario/ratings';
import { $certificate, setCertificateName } from '../../stores/certificate';
import { $learnerState } from '../../stores/learner-state';

const today = () => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(new Date());

interface CertificateProps {
  outline: CourseOutline;
  /** The peildatum of the legal status, as people read it, e.g. "18 februari 2026". */
  peildatum: string;
  /** The bills in one short sentence each, e.g. "Op 18 februari 2026 was de Wams een wetsvoorstel en nog geen wet." */
  bills: string[];
}

/** The certificate of participation: a name field, the criteria, and a printable A4 page once earned. */
export function Certificate({ outline, peildatum, bills }: CertificateProps) {
  const status = certificateStatus(outline, useStore($learnerState));
  const { name } = useStore($certificate);

  if (!status.eligible) {
    return (
      <div class="pw-notice">
        <p>Je deelnamebewijs is er zodra je de kennischeck van alle lessen hebt gehaald. Nog te doen:</p>
        <ul>
          {status.missingLessons.map((title) => (
            <li key={title}>{title}</li>
          ))}
        </ul>
        <p>
          <a href="/lessen/">Naar de lessen</a>
        </p>
      </div>
    );
  }

  return (
    <div>
      <div class="pw-no-print">
        <label for="pw-certificate-name">Je naam op het deelnamebewijs</label>
        <br />
        <input
          id="pw-certificate-name"
          type="text"
          autocomplete="name"
          maxLength={120}
          value={name}
          onInput={(event) => setCertificateName(event.currentTarget.value)}
        />
        <p class="pw-meta">Je naam blijft alleen in deze browser.</p>
        <button type="button" class="nl-button nl-button--primary" onClick={() => window.print()}>
          Afdrukken of bewaren als pdf
        </button>
      </div>
      <section class="pw-certificate" aria-labelledby="pw-certificate-title">
        <p class="pw-certificate__kicker">Pettenwijzer</p>
        <h2 id="pw-certificate-title">Deelnamebewijs</h2>
        <p class="pw-certificate__name">{name || 'Vul hierboven je naam in'}</p>
        <p>heeft de e-learning over het pettenvraagstuk in het sociaal domein afgerond op {today()}.</p>
        <h3>Afgeronde lessen</h3>
        <ul>
          {status.lessons.map((lesson) => (
            <li key={lesson.title}>
              {lesson.title}: kennischeck gehaald met {lesson.score} van {lesson.max} punten
            </li>
          ))}
        </ul>
        {status.scenarios.length > 0 && (
          <>
            <h3>Gespeelde scenario's</h3>
            <ul>
              {status.scenarios.map((scenario) => (
                <li key={scenario.title}>
                  {scenario.title} (afloop: {ratingLabels[scenario.rating]})
                </li>
              ))}
            </ul>
          </>
        )}
        <p class="pw-meta pw-certificate__peildatum">
          Juridische stand van de cursus (peildatum): {peildatum}. Wat toen nog niet zeker was, staat bij elke les onder
          "Nog niet zeker". {bills.join(' ')}
        </p>
      </section>
    </div>
  );
}
