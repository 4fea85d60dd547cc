import type { Round } from '../lib/stellingen/score';
import type { TallyCounts } from '../lib/trainer/tally';
import type { RoundSummary } from './trainer-tally';
import { $trainerTally, noTrainerTally } from './trainer-tally';

/**
 * Saves the counts of one round, replacing what was saved for that round, with the chat's summary when the counts
 * came from a chat (a round typed by hand has none).
 */
export function saveRoundTally(round: Round, counts: TallyCounts, summary?: RoundSummary): void {
  const saved = $trainerTally.get();
  const { [round]: _old, ...otherSummaries } = saved.summary ?? {};
  const summaries = summary ? { ...otherSummaries, [round]: summary } : otherSummaries;
  const { summary: _summary, ...rounds } = saved;
  $trainerTally.set({
    ...rounds,
    [round]: counts,
    ...(Object.keys(summaries).length > 0 ? { summary: summaries } : {}),
  });
}

/** Forgets both rounds, e.g. before the next webinar. */
export function clearTrainerTally(): void {
  $trainerTally.set(noTrainerTally);
}
