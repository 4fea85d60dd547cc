import { computed } from 'nanostores';
import type { LearnerState } from '../lib/progress-summary';
import { $lessonVisits } from './lessons';
import { $quizzes } from './quizzes';
import { $stellingenAnswers } from './stellingen';

/** Everything the learner has done, gathered from the feature stores for the progress overview. */
export const $learnerState = computed(
  [$stellingenAnswers, $quizzes, $lessonVisits],
  (stellingen, quizzes, visits): LearnerState => ({
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
    canvasCount: 0,
    scanAnswerCount: 0,
  }),
);
