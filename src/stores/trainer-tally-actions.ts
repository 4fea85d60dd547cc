import type { Round } from '../lib/stellingen/score';
import type { TallyCounts } from '../lib/trainer/tally';
import { $trainerTally, noTrainerTally } from './trainer-tally';

/** Saves the counts of one round, replacing what was saved for that round. */
export function saveRoundTally(round: Round, counts: TallyCounts): void {
  $trainerTally.set({ ...$trainerTally.get(), [round]: counts });
}

/** Forgets both rounds, e.g. before the next webinar. */
export function clearTrainerTally(): void {
  $trainerTally.set(noTrainerTally);
}
