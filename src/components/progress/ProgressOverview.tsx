import { useStore } from '@nanostores/preact';
import type { CourseOutline } from '../../lib/progress/summary';
import { certificateStatus, hasAnyProgress, isLessonDone, nextStep } from '../../lib/progress/summary';
import { ratingLabels } from '../../lib/scenario/ratings';
import { $learnerState } from '../../stores/learner-state';
import { RoundDots } from '../common/RoundDots';
import { StorageNotice } from '../common/StorageNotice';
import { TableScroll } from '../common/TableScroll';

/** One overview of the learner's progress, with a link to the next unfinished step. */
export function ProgressOverview({ outline }: { outline: CourseOutline }) {
  const state = useStore($learnerState);
  const next = nextStep(outline, state);
  const certificate = certificateStatus(outline, state);
  const doneCount = outline.lessons.filter((lesson) => isLessonDone(lesson, state)).length;
  const rounds = state.answeredPerRound;

  return (
    <div class="pw-progress">
      <StorageNotice />
      <p class="pw-progress__next">
        <a class="nl-button nl-button--primary" href={next.href}>
          {hasAnyProgress(state) ? 'Verder waar je was' : 'Beginnen'}
          <span class="pw-progress__next-step">{next.label}</span>
        </a>
      </p>
      <h2>Stellingen</h2>
      <p>
        Voormeting: {rounds.voormeting} van {outline.stellingCount} beantwoord. Nameting: {rounds.nameting} van{' '}
        {outline.stellingCount} beantwoord. <a href="/stellingen/">Naar de stellingen</a>
      </p>
      <RoundDots counts={rounds} total={outline.stellingCount} />
      <h2>Lessen</h2>
      <p>
        {doneCount} van {outline.lessons.length} lessen afgerond.
      </p>
      <TableScroll label="Lessen en kennischecks">
        <table>
          <caption>Lessen en kennischecks</caption>
          <thead>
            <tr>
              <th scope="col">Les</th>
              <th scope="col">Bekeken</th>
              <th scope="col">Kennischeck</th>
            </tr>
          </thead>
          <tbody>
            {outline.lessons.map((lesson) => {
              const result = state.quizResults[lesson.quizId];
              return (
                <tr key={lesson.slug}>
                  <th scope="row">
                    <a href={`/lessen/${lesson.slug}/`}>
                      {lesson.order}. {lesson.title}
                    </a>
                  </th>
                  <td>{state.lessonVisits[lesson.slug] ? 'ja' : 'nee'}</td>
                  <td>
                    {result
                      ? `${result.score} van ${result.max} punten, ${result.passed ? 'gehaald' : 'nog niet gehaald'}`
                      : 'nog niet gedaan'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <h2>Scenario's</h2>
      <ul>
        {outline.scenarios.map((scenario) => {
          const ending = state.scenarioEndings[scenario.id];
          const status = ending
            ? `gespeeld, laatste afloop: ${ratingLabels[ending.rating]} (${ending.score} punten)`
            : state.scenariosStarted.includes(scenario.id)
              ? 'bezig'
              : 'nog niet gespeeld';
          return (
            <li key={scenario.id}>
              <a href={`/scenarios/${scenario.id}/`}>{scenario.title}</a>: {status}
            </li>
          );
        })}
      </ul>
      <h2>Aan de slag</h2>
      <ul>
        <li>
          <a href="/aan-de-slag/7xw/">7×W-canvas</a>:{' '}
          {state.canvasCount === 0
            ? 'nog geen canvas'
            : `${state.canvasCount} ${state.canvasCount === 1 ? 'canvas' : 'canvassen'}`}
        </li>
        <li>
          <a href="/aan-de-slag/zelfscan/">Zelfscan</a>:{' '}
          {state.scanAnswerCount === 0
            ? 'nog niet begonnen'
            : `${state.scanAnswerCount} ${state.scanAnswerCount === 1 ? 'vraag' : 'vragen'} ingevuld`}
        </li>
      </ul>
      <h2>Deelnamebewijs</h2>
      <p>
        Je krijgt een deelnamebewijs als je de kennischeck van alle {outline.lessons.length} lessen hebt gehaald.{' '}
        {certificate.eligible
          ? 'Dat is gelukt!'
          : `Nog te doen: ${certificate.missingLessons.length} ${certificate.missingLessons.length === 1 ? 'les' : 'lessen'}.`}
      </p>
      <p>
        <a href="/voortgang/certificaat/">
          {certificate.eligible ? 'Maak je deelnamebewijs' : 'Bekijk wat er op je deelnamebewijs komt'}
        </a>
      </p>
    </div>
  );
}
