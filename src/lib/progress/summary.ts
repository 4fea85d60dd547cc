import type { Rating } from '../scenario/ratings';
/** The course as the overview needs it: built at build time from the content collections. */
export interface CourseOutline {
  lessons: { slug: string; title: string; order: number; quizId: string }[];
  scenarios: { id: string; title: string }[];
  stellingCount: number;
}

/** A knowledge-check result as the quiz store keeps it. */
export interface QuizOutcome {
  score: number;
  max: number;
  passed: boolean;
  completedAt: string;
}

/** What the learner has done, read from the feature stores. */
export interface LearnerState {
  answeredPerRound: { voormeting: number; nameting: number };
  quizResults: Record<string, QuizOutcome>;
  lessonVisits: Record<string, { lastVisited: string }>;
  scenarioEndings: Record<string, { rating: Rating; score: number; completedAt: string }>;
  scenariosStarted: string[];
  canvasCount: number;
  scanAnswerCount: number;
}

/** Where "Verder waar je was" leads. */
export interface NextStep {
  href: string;
  label: string;
}

/** Whether a lesson is done: its knowledge check is passed. */
export function isLessonDone(lesson: CourseOutline['lessons'][number], state: LearnerState): boolean {
  return state.quizResults[lesson.quizId]?.passed === true;
}

/** Whether the learner has done anything at all. */
export function hasAnyProgress(state: LearnerState): boolean {
  return (
    state.answeredPerRound.voormeting + state.answeredPerRound.nameting > 0 ||
    Object.keys(state.quizResults).length > 0 ||
    Object.keys(state.lessonVisits).length > 0 ||
    Object.keys(state.scenarioEndings).length > 0 ||
    state.scenariosStarted.length > 0 ||
    state.canvasCount > 0 ||
    state.scanAnswerCount > 0
  );
}

/**
 * The next unfinished step: the most recently visited lesson that is not done, else the first lesson
 * not done, else the first scenario not finished, else the certificate.
 */
export function nextStep(outline: CourseOutline, state: LearnerState): NextStep {
  const lessons = [...outline.lessons].sort((a, b) => a.order - b.order);
  const open = lessons.filter((lesson) => !isLessonDone(lesson, state));
  const visitedOpen = open
    .filter((lesson) => state.lessonVisits[lesson.slug])
    .sort((a, b) =>
      (state.lessonVisits[b.slug]?.lastVisited ?? '').localeCompare(state.lessonVisits[a.slug]?.lastVisited ?? ''),
    );
  const lesson = visitedOpen[0] ?? open[0];
  if (lesson) return { href: `/lessen/${lesson.slug}/`, label: `Les ${lesson.order}: ${lesson.title}` };
  const scenario = outline.scenarios.find((item) => !state.scenarioEndings[item.id]);
  if (scenario) return { href: `/scenarios/${scenario.id}/`, label: `Scenario: ${scenario.title}` };
  return { href: '/voortgang/certificaat/', label: 'Je deelnamebewijs' };
}

/** What the certificate lists, and what is still missing before it is offered. */
export interface CertificateStatus {
  eligible: boolean;
  missingLessons: string[];
  lessons: { title: string; score: number; max: number }[];
  scenarios: { title: string; rating: Rating }[];
}

/** The certificate is offered once every lesson's knowledge check is passed; finished scenarios are listed. */
export function certificateStatus(outline: CourseOutline, state: LearnerState): CertificateStatus {
  const lessons = [...outline.lessons].sort((a, b) => a.order - b.order);
  const passed = lessons.filter((lesson) => isLessonDone(lesson, state));
  return {
    eligible: lessons.length > 0 && passed.length === lessons.length,
    missingLessons: lessons.filter((lesson) => !isLessonDone(lesson, state)).map((lesson) => lesson.title),
    lessons: passed.map((lesson) => {
      const result = state.quizResults[lesson.quizId] as QuizOutcome;
      return { title: lesson.title, score: result.score, max: result.max };
    }),
    scenarios: outline.scenarios.flatMap((scenario) => {
      const rating = state.scenarioEndings[scenario.id]?.rating;
      return rating ? [{ title: scenario.title, rating }] : [];
    }),
  };
}
