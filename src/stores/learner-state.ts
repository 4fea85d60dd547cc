import { computed } from 'nanostores';
import type { LearnerState } from '../lib/progress-summary';
import { $canvases } from './canvases';
import { $lessonVisits } from './lessons';
import { $quizzes } from './quizzes';
import { $stellingenAnswers } from './stellingen';
import { $zelfscan } from './zelfscan';

/** Everything the learner has done, gathered from the feature stores for the progress overview. */
export const $learnerState = computed(
  [$stellingenAnswers, $quizzes, $lessonVisits, $canvases, $zelfscan],
  (stellingen, quizzes, visits, canvases, zelfscan): LearnerState => ({
    answeredPerRound: {
      voormeting: Object.keys(stellingen.voormeting).length,
      nameting: Object.keys(stellingen.nameting).length,
    },
    quizResults: Object.fromEntries(
      Object.entries(quizzes).flatMap(([id, record]) => (record.result ? [[id, record.result]] : [])),
    ),
    lessonVisits: visits,
    scenarioEndings: {},
    scenariosStarted: [],
    canvasCount: Object.keys(canvases.canvases).length,
    // Questions with an answer or a note: enough for "has started", and cheaper on the tight /voortgang/ budget.
    scanAnswerCount: Object.keys(zelfscan.answers).length,
  }),
);
