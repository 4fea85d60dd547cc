import { isRecordOf, isWholeNumber } from '../lib/common/guards';
import type { Round } from '../lib/stellingen/score';
import { maxCount, type TallyCounts } from '../lib/trainer/tally';
import { persistentSection } from './persistent-section';

// Kept as small as it can be: every page that lists learner data loads this definition. The actions live in
// trainer-tally-actions.ts, so only the telling page loads them.

/** The room's counts the trainer saved for one webinar: only numbers, never names or chat text. */
export interface TrainerTallyData {
  voormeting?: TallyCounts;
  nameting?: TallyCounts;
  /** Per round counted from a chat: how many people answered and how many lines held no readable answer. */
  summary?: Partial<Record<Round, Partial<RoundSummary>>>;
}

/** What the notes view tells the trainer about a round counted from a chat. */
export interface RoundSummary {
  deelnemers: number;
  onleesbaar: number;
}

/** Nothing saved; setting it back removes the key from storage. */
export const noTrainerTally: TrainerTallyData = {};

// Only whole numbers, nested as round → stelling → answer; readers fill in missing answers with 0 (fillCounts).
// The summary has the same shape (summary → round → number), so the one check covers it and adds no code to the
// pages that list learner data; its readers treat a missing number as unknown.
const isCount = (value: unknown): value is number => isWholeNumber(value, 0, maxCount);
const isCounts = (value: unknown): value is Record<string, number> => isRecordOf(value, isCount);
const isRound = (value: unknown): value is TallyCounts => isRecordOf(value, isCounts);

/** The saved voormeting and nameting counts of the room. */
export const $trainerTally = persistentSection<TrainerTallyData>({
  id: 'trainer-telling',
  label: 'Telling van de groep (trainer)',
  version: 1,
  initial: noTrainerTally,
  validate: (data) => (isRecordOf(data, isRound) ? (data as TrainerTallyData) : undefined),
});
