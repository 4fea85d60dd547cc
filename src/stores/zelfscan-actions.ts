import type { Proposal, ScanAnswerValue, ZelfscanData } from '../lib/zelfscan/data';
import { maxScanText } from '../lib/zelfscan/data';
import { $zelfscan, emptyZelfscan } from './zelfscan';

const emptyProposal: Proposal = { voordelen: '', nadelen: '', voorkeuren: '', consequenties: '' };

/** Records the answer to one question, keeping its note. */
export function answerScanQuestion(questionId: string, answer: ScanAnswerValue): void {
  const data = $zelfscan.get();
  const current = data.answers[questionId] ?? { note: '' };
  $zelfscan.set({ ...data, answers: { ...data.answers, [questionId]: { ...current, answer } } });
}

/** Records the note with one question. */
export function setScanNote(questionId: string, note: string): void {
  const data = $zelfscan.get();
  const current = data.answers[questionId] ?? { note: '' };
  const answer = { ...current, note: note.slice(0, maxScanText) };
  $zelfscan.set({ ...data, answers: { ...data.answers, [questionId]: answer } });
}

/** Records one field of the proposal worksheet for a gap. */
export function setProposalField(questionId: string, field: keyof Proposal, text: string): void {
  const data = $zelfscan.get();
  const proposal = { ...(data.proposals[questionId] ?? emptyProposal), [field]: text.slice(0, maxScanText) };
  $zelfscan.set({ ...data, proposals: { ...data.proposals, [questionId]: proposal } });
}

/** Replaces the whole scan, e.g. with an imported file the participant chose to apply. */
export function replaceZelfscan(data: ZelfscanData): void {
  $zelfscan.set(Object.keys(data.answers).length + Object.keys(data.proposals).length === 0 ? emptyZelfscan : data);
}

/** Empties the scan. */
export function clearZelfscan(): void {
  $zelfscan.set(emptyZelfscan);
}
