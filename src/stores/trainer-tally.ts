import { isRecord, isRecordOf, isWholeNumber } from '../lib/guards';
import type { Round } from '../lib/stellingen-score';
import type { PositionCounts, TallyCounts } from '../lib/tally';
import { persistentSection } from './persistent-section';

// Kept free of the tally arithmetic: every page that lists learner data loads this store.

/** The room's counts the trainer saved for one webinar: only numbers, never names or chat text. */
export interface TrainerTallyData {
  voormeting?: TallyCounts;
  nameting?: TallyCounts;
}

const initial: TrainerTallyData = {};
const countKeys = ['eens', 'oneens', 'het hangt ervan af'];

const isCounts = (value: unknown): value is PositionCounts =>
  isRecord(value) && countKeys.every((key) => isWholeNumber(value[key], 0, 100_000));
const isTallyOrMissing = (value: unknown) => value === undefined || isRecordOf(value, isCounts);

/** The saved voormeting and nameting counts of the room. */
export const $trainerTally = persistentSection<TrainerTallyData>({
  id: 'trainer-telling',
  label: 'Telling van de groep (trainer)',
  version: 1,
  initial,
  validate: (data) =>
    isRecord(data) && isTallyOrMissing(data.voormeting) && isTallyOrMissing(data.nameting)
      ? (data as TrainerTallyData)
      : undefined,
});

/** Saves the counts of one round, replacing what was saved for that round. */
export function saveRoundTally(round: Round, counts: TallyCounts): void {
  $trainerTally.set({ ...$trainerTally.get(), [round]: counts });
}

/** Forgets both rounds, e.g. before the next webinar. */
export function clearTrainerTally(): void {
  $trainerTally.set(initial);
}
