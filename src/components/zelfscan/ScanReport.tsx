import type { ScanThemeView } from '../../lib/zelfscan/data';
import { rankGaps, scanAnswerLabels, scanProgress, themeLevelLabels, themeProfiles } from '../../lib/zelfscan/scoring';
import { $zelfscan } from '../../stores/zelfscan';
import { StorageNotice } from '../common/StorageNotice';
import { TableScroll } from '../common/TableScroll';
import { useHydratedStore } from '../common/use-hydrated-store';
import { ProposalWorksheet } from './ProposalWorksheet';
import { ScanFiles } from './ScanFiles';

/** The zelfscan result: a profile per theme, the gaps ranked with next steps, and a worksheet per gap. */
export function ScanReport({ themes, scanHref }: { themes: ScanThemeView[]; scanHref: string }) {
  const data = useHydratedStore($zelfscan);
  const profiles = themeProfiles(themes, data.answers);
  const gaps = rankGaps(themes, data.answers);
  const { answered, total } = scanProgress(themes, data.answers);

  return (
    <div class="pw-scan-report pw-needs-script">
      <StorageNotice sectionIds={['zelfscan']} />
      {answered === 0 ? (
        <p class="pw-notice">
          Je hebt nog geen vragen van de zelfscan beantwoord. <a href={scanHref}>Begin met de zelfscan</a>, of lees
          hieronder een eerder geëxporteerde zelfscan in.
        </p>
      ) : (
        <>
          <p>
            Gebaseerd op {answered} van de {total} vragen.{' '}
            {answered < total && <a href={scanHref}>Beantwoord de andere vragen</a>}
          </p>
          <h2>Profiel per thema</h2>
          <TableScroll label="Hoe staat je organisatie ervoor per thema?">
            <table class="pw-profile">
              <caption>Hoe staat je organisatie ervoor per thema?</caption>
              <thead>
                <tr>
                  <th scope="col">Thema</th>
                  <th scope="col">Score</th>
                  <th scope="col">Beeld</th>
                </tr>
              </thead>
              <tbody>
                {profiles.map((profile) => (
                  <tr key={profile.themeId}>
                    <th scope="row">{profile.title}</th>
                    <td>
                      {profile.score} van {profile.max}
                      <span class="pw-bar" aria-hidden="true">
                        <span style={{ inlineSize: `${profile.percent}%` }} />
                      </span>
                    </td>
                    <td>
                      {themeLevelLabels[profile.level]}
                      {profile.unknown > 0 && ` (${profile.unknown}× weet niet)`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <h2>Verbeterpunten, de belangrijkste eerst</h2>
          {gaps.length === 0 ? (
            <p>
              Bij de vragen die je beantwoordde, vonden we geen verbeterpunten. Houd het zo, en kijk elk jaar opnieuw.
            </p>
          ) : (
            <ol class="pw-gaps">
              {gaps.map((gap) => {
                const note = data.answers[gap.question.id]?.note.trim();
                return (
                  <li key={gap.question.id} class="pw-gap">
                    <h3>{gap.question.text}</h3>
                    <p class="pw-meta">
                      Thema: {gap.themeTitle}. Je antwoord: {scanAnswerLabels[gap.answer]}.
                    </p>
                    {note && <p class="pw-typed-text">Je toelichting: {note}</p>}
                    <h4>Volgende stappen</h4>
                    <ul>
                      {gap.steps.map((step) => (
                        <li key={step}>{step}</li>
                      ))}
                    </ul>
                    <ProposalWorksheet questionId={gap.question.id} proposal={data.proposals[gap.question.id]} />
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
      <ScanFiles themes={themes} data={data} profiles={profiles} gaps={gaps} />
    </div>
  );
}
