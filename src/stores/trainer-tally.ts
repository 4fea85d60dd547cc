import { isOneOf, isRecord, isRecordOf, isWholeNumber } from '../lib/guards';
import type { Round } from '../lib/stellingen-score';
import { positions } from '../lib/stellingen-score';
import type { PositionCounts, TallyCounts } from '../lib/tally';
import { maxCount } from '../lib/tally';
import { persistentSection } from './persistent-section';

/** The room's counts the trainer saved for one webinar: only numbers, never names or chat text. */
export interface TrainerTallyData {
  voormeting?: TallyCounts;
  nameting?: TallyCounts;
}

const initial: TrainerTallyData = {};

function isPositionCounts(value: unknown): value is PositionCounts {
  return (
    isRecord(value) &&
    Object.keys(value).every((key) => isOneOf(positions, key)) &&
    positions.every((position) => isWholeNumber(value[position], 0, maxCount))
  );
}

function isTally(value: unknown): value is TallyCounts {
  return isRecordOf(value, isPositionCounts);
}

/** The saved voormeting and nameting counts of the room. */
export const $trainerTally = persistentSection<TrainerTallyData>({
  id: 'trainer-telling',
  label: 'Telling van de groep (trainer)',
  version: 1,
  initial,
  validate: (data) => {
    if (!isRecord(data)) return undefined;
    const { voormeting, nameting } = data;
    if (voormeting !== undefined && !isTally(voormeting)) return undefined;
    if (nameting !== undefined && !isTally(nameting)) return undefined;
    return { ...(voormeting && { voormeting }), ...(nameting && { nameting }) };
  },
});

/** Saves the counts of one round, replacing what was saved for that round. */
export function saveRoundTally(round: Round, counts: TallyCounts): void {
  $trainerTally.set({ ...$trainerTally.get(), [round]: counts });
}

/** Forgets both rounds, e.g. before the next webinar. */
export function clearTrainerTally(): void {
  $trainerTally.set(initial);
}
