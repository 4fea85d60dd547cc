import { computed } from 'nanostores';
import type { LearnerState } from '../lib/progress/summary';
import { $canvases } from './canvases';
import { $lessonVisits } from './lessons';
import { $quizzes } from './quizzes';
import { $scenarioRuns } from './scenarios';
import { $stellingenAnswers } from './stellingen';
import { $zelfscan } from './zelfscan';

/** Everything the learner has done, gathered from the feature stores for the progress overview. */
export const $learnerState = computed(
  [$stellingenAnswers, $quizzes, $lessonVisits, $scenarioRuns, $canvases, $zelfscan],
  (stellingen, quizzes, visits, runs, canvases, zelfscan): LearnerState => ({
    answeredPerRound: {
      voormeting: Object.keys(stellingen.voormeting).length,
      nameting: Object.keys(stellingen.nameting).length,
    },
    quizResults: Object.fromEntries(
      Object.entries(quizzes).flatMap(([id, record]) => (record.result ? [[id, record.result]] : [])),
    ),
    lessonVisits: visits,
    scenarioEndings: Object.fromEntries(
      Object.entries(runs).flatMap(([id, run]) => (run.ending ? [[id, run.ending]] : [])),
    ),
    scenariosStarted: Object.keys(runs).filter((id) => (runs[id]?.steps.length ?? 0) > 0),
    canvasCount: Object.keys(canvases.canvases).length,
    // Questions with an answer or a note: enough for "has started", and cheaper on the tight /voortgang/ budget.
    scanAnswerCount: Object.keys(zelfscan.answers).length,
  }),
);
