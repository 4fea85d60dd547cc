// Only the store lives here, loaded on every page that lists learner data; actions are in zelfscan-actions.ts.
import type { ZelfscanData } from '../lib/zelfscan/data';
import { readZelfscanData } from '../lib/zelfscan/data';
import { persistentSection } from './persistent-section';

export const emptyZelfscan: ZelfscanData = { answers: {}, proposals: {} };

/** The participant's zelfscan: answers with notes, and the proposal worksheets per gap. */
export const $zelfscan = persistentSection<ZelfscanData>({
  id: 'zelfscan',
  label: 'Antwoorden in de zelfscan',
  version: 1,
  initial: emptyZelfscan,
  validate: readZelfscanData,
});
