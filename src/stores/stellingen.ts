import { isOneOf, isRecord, isRecordOf } from '../lib/common/guards';
import type { Certainty, Position, Round, RoundAnswers, StellingAnswer } from '../lib/stellingen/score';
import { positions } from '../lib/stellingen/score';
import { persistentSection } from './persistent-section';

/** A participant's answers in both rounds. */
export interface StellingenData {
  voormeting: RoundAnswers;
  nameting: RoundAnswers;
}

const initial: StellingenData = { voormeting: {}, nameting: {} };

function isAnswer(value: unknown): value is StellingAnswer {
  return (
    isRecord(value) &&
    isOneOf(positions, value.position) &&
    (value.certainty === undefined || value.certainty === 1 || value.certainty === 2 || value.certainty === 3)
  );
}

/** The participant's answers to the stellingen, per round. */
export const $stellingenAnswers = persistentSection<StellingenData>({
  id: 'stellingen',
  label: 'Antwoorden op de stellingen',
  version: 1,
  initial,
  validate: (data) =>
    isRecord(data) && isRecordOf(data.voormeting, isAnswer) && isRecordOf(data.nameting, isAnswer)
      ? { voormeting: data.voormeting, nameting: data.nameting }
      : undefined,
});

function updateAnswer(round: Round, stellingId: string, change: (answer?: StellingAnswer) => StellingAnswer): void {
  const data = $stellingenAnswers.get();
  const answers = { ...data[round], [stellingId]: change(data[round][stellingId]) };
  $stellingenAnswers.set({ ...data, [round]: answers });
}

/** Records the participant's position on a stelling, keeping any certainty already given. */
export function answerStelling(round: Round, stellingId: string, position: Position): void {
  updateAnswer(round, stellingId, (answer) => ({ ...answer, position }));
}

/** Records how sure the participant is; only once a position was chosen. */
export function setCertainty(round: Round, stellingId: string, certainty: Certainty): void {
  if (!$stellingenAnswers.get()[round][stellingId]) return;
  updateAnswer(round, stellingId, (answer) => ({ position: answer?.position ?? 'eens', certainty }));
}

/** Clears one round ("Opnieuw"), leaving the other round as it is; nothing left means nothing stored. */
export function clearRound(round: Round): void {
  const cleared = { ...$stellingenAnswers.get(), [round]: {} };
  const empty = Object.keys(cleared.voormeting).length === 0 && Object.keys(cleared.nameting).length === 0;
  $stellingenAnswers.set(empty ? initial : cleared);
}
