import { isOneOf, isRecord, isRecordOf } from '../common/guards';

/** The four answers of the zelfscan. */
export const scanAnswerValues = ['ja', 'deels', 'nee', 'weet-niet'] as const;
export type ScanAnswerValue = (typeof scanAnswerValues)[number];

/** A zelfscan question as the logic needs it (the content schema in src/schemas/zelfscan.ts fits this). */
export interface ScanQuestionView {
  id: string;
  kind: 'analyse' | 'beleidskeuze';
  text: string;
  help: string;
  desired: 'ja' | 'nee';
  weight: number;
  findOut: string;
  nextSteps: string[];
}

/** A zelfscan theme with its questions. */
export interface ScanThemeView {
  id: string;
  order: number;
  title: string;
  intro: string;
  questions: ScanQuestionView[];
}

/** One answered question: the choice (if made) and a note. */
export interface ScanAnswer {
  answer?: ScanAnswerValue;
  note: string;
}

/** The worksheet for a proposal on one gap. */
export interface Proposal {
  voordelen: string;
  nadelen: string;
  voorkeuren: string;
  consequenties: string;
}

export const proposalFields = ['voordelen', 'nadelen', 'voorkeuren', 'consequenties'] as const;

/** How the worksheet and the exported report name each field of a proposal: the same words in both. */
export const proposalLabels: Record<keyof Proposal, string> = {
  voordelen: 'Voordelen van de beleidskeuze',
  nadelen: 'Nadelen van de beleidskeuze',
  voorkeuren: 'Voorkeuren van de betrokken partijen',
  consequenties: 'Consequenties voor de organisatie',
};

/** Everything a participant filled in for the zelfscan. */
export interface ZelfscanData {
  answers: Record<string, ScanAnswer>;
  proposals: Record<string, Proposal>;
}

/** Upper bound for a note or a worksheet field. */
export const maxScanText = 5000;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= maxScanText;

/** Whether a value is one answer with its note. */
export function isScanAnswer(value: unknown): value is ScanAnswer {
  return (
    isRecord(value) && (value.answer === undefined || isOneOf(scanAnswerValues, value.answer)) && isText(value.note)
  );
}

/** Whether a value is one filled-in worksheet. */
export function isProposal(value: unknown): value is Proposal {
  return isRecord(value) && proposalFields.every((field) => isText(value[field]));
}

/** Shape check of stored or imported zelfscan data. */
export function readZelfscanData(value: unknown): ZelfscanData | undefined {
  return isRecord(value) && isRecordOf(value.answers, isScanAnswer) && isRecordOf(value.proposals, isProposal)
    ? { answers: value.answers, proposals: value.proposals }
    : undefined;
}
