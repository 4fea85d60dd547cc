import { isListOf, isOneOf, isRecord, isRecordOf, isWholeNumber } from '../lib/common/guards';
import { type Rating, ratings } from '../lib/scenario/ratings';
import { persistentSection } from './persistent-section';

/** How a finished run ended. */
export interface ReachedEnding {
  id: string;
  rating: Rating;
  score: number;
  completedAt: string;
}

/**
 * A participant's run through one scenario: the choices made so far (indexes into each situation's
 * choices, replayed against the story on load) and the last ending reached, kept after a restart.
 */
export interface ScenarioRun {
  steps: number[];
  ending?: ReachedEnding;
}

function isEnding(value: unknown): value is ReachedEnding {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    isOneOf(ratings, value.rating) &&
    isWholeNumber(value.score) &&
    typeof value.completedAt === 'string'
  );
}

function isRun(value: unknown): value is ScenarioRun {
  return (
    isRecord(value) &&
    isListOf(value.steps, (step): step is number => isWholeNumber(step, 0)) &&
    (value.ending === undefined || isEnding(value.ending))
  );
}

/** Every scenario the participant played, keyed by scenario id. */
export const $scenarioRuns = persistentSection<Record<string, ScenarioRun>>({
  id: 'scenarios',
  label: "Scenario's",
  version: 1,
  initial: {},
  validate: (data) => (isRecordOf(data, isRun) ? data : undefined),
});

function updateRun(scenarioId: string, change: (run: ScenarioRun) => ScenarioRun): void {
  const runs = $scenarioRuns.get();
  $scenarioRuns.set({ ...runs, [scenarioId]: change(runs[scenarioId] ?? { steps: [] }) });
}

/** Keeps the route so far, after a choice or a step back. */
export function saveSteps(scenarioId: string, steps: number[]): void {
  updateRun(scenarioId, (run) => ({ ...run, steps }));
}

/** Stores how a run ended, so the progress overview and the certificate can show it. */
export function recordScenarioEnding(
  scenarioId: string,
  { id, rating, score }: Omit<ReachedEnding, 'completedAt'>,
  now = new Date(),
): void {
  updateRun(scenarioId, (run) => ({ ...run, ending: { id, rating, score, completedAt: now.toISOString() } }));
}
