// What the LMS is told: status and score of one unit (the course, or one lesson), from the quiz store's results.
// The course's pass mark is the site's own: a lesson is done when its knowledge check is passed (each check has
// its `passPercentage`, content/quizzes/), and the course when every lesson is (as for the certificate).

import { parseJson } from '../common/json';

/** One lesson as the package knows it: its knowledge check and that check's highest possible score. */
export interface PackagedLesson {
  slug: string;
  title: string;
  order: number;
  quizId: string;
  /** The quiz's maximum points, so an unfinished check counts as 0 of its maximum. */
  quizMax: number;
}

/** A knowledge-check result as the quiz store keeps it. */
export interface StoredResult {
  score: number;
  max: number;
  passed: boolean;
}

/** The state of one unit, in LMS terms. */
export interface UnitOutcome {
  /** Every knowledge check of the unit has a result. */
  completed: boolean;
  /** Every knowledge check of the unit is passed. */
  passed: boolean;
  /** Score as a percentage of all points of the unit's checks (0–100), unfinished checks counting 0. */
  scoreRaw: number;
  /** How many checks are done, of how many. */
  done: number;
  total: number;
}

/** The outcome of the lessons that make up one unit. */
export function unitOutcome(lessons: readonly PackagedLesson[], results: Readonly<Record<string, StoredResult>>) {
  const found = lessons.map((lesson) => results[lesson.quizId]);
  const points = found.reduce((sum, result) => sum + (result?.score ?? 0), 0);
  const max = lessons.reduce((sum, lesson, index) => sum + Math.max(lesson.quizMax, found[index]?.max ?? 0), 0);
  const done = found.filter(Boolean).length;
  return {
    completed: lessons.length > 0 && done === lessons.length,
    passed: lessons.length > 0 && found.every((result) => result?.passed === true),
    scoreRaw: max === 0 ? 0 : Math.round((points / max) * 100),
    done,
    total: lessons.length,
  } satisfies UnitOutcome;
}

/** The lessons of a unit: all of them for the course, one for a lesson SCO / AU (unknown slug: none). */
export function lessonsOfUnit(lessons: readonly PackagedLesson[], lessonSlug: string | undefined): PackagedLesson[] {
  return lessonSlug === undefined ? [...lessons] : lessons.filter((lesson) => lesson.slug === lessonSlug);
}

/** SCORM 1.2's cmi.core.lesson_status for an outcome. */
export function scormStatus(
  outcome: UnitOutcome,
  failedStatus: 'failed' | 'incomplete',
): 'passed' | 'failed' | 'incomplete' {
  if (outcome.passed) return 'passed';
  return outcome.completed ? failedStatus : 'incomplete';
}

/** The results in the quiz store's raw value (`{ version, data }` JSON), ignoring anything it cannot read. */
export function resultsFromStored(raw: string | null | undefined): Record<string, StoredResult> {
  if (!raw) return {};
  const data = (parseJson(raw) as { data?: unknown } | null | undefined)?.data;
  if (data === null || typeof data !== 'object') return {};
  const results: Record<string, StoredResult> = {};
  for (const [quizId, record] of Object.entries(data as Record<string, unknown>)) {
    const result = (record as { result?: unknown } | null)?.result as Partial<StoredResult> | undefined;
    if (
      result &&
      typeof result.score === 'number' &&
      typeof result.max === 'number' &&
      typeof result.passed === 'boolean'
    ) {
      results[quizId] = { score: result.score, max: result.max, passed: result.passed };
    }
  }
  return results;
}

/** How many answers were checked in all quizzes: it changes exactly when the learner presses "Controleer". */
export function checkedCount(raw: string | null | undefined): number {
  if (!raw) return 0;
  type QuizData = Record<string, { questions?: Record<string, { attempts?: unknown }> } | null>;
  const data = (parseJson(raw) as { data?: QuizData | null } | null | undefined)?.data;
  let count = 0;
  for (const record of Object.values(data ?? {})) {
    for (const state of Object.values(record?.questions ?? {})) {
      if (typeof state?.attempts === 'number') count += state.attempts;
    }
  }
  return count;
}
