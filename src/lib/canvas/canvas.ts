import { isRecord, isRecordOf } from '../common/guards';

/** One 7×W canvas: a named overlegtafel with an answer per W-question. */
export interface Canvas {
  id: string;
  name: string;
  /** Answer text keyed by W-question id (see content/course/zeven-w.yaml). */
  answers: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

/** A W-question as the canvas islands receive it from the page (built from content/course/zeven-w.yaml). */
export interface CanvasQuestion {
  id: string;
  order: number;
  question: string;
  guidance: string;
  example: string;
  placeholder: string;
}

/** What a canvas holds apart from its id: what exports and share links carry. */
export type CanvasContent = Omit<Canvas, 'id'>;

/** Upper bounds that keep stored data, files and share links small; longer text is refused or cut. */
export const canvasLimits = { name: 120, answer: 5000 } as const;

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/** Whether a value is a canvas's content (name, answers and dates), within the limits. */
export function isCanvasContent(value: unknown): value is CanvasContent {
  return (
    isRecord(value) &&
    isText(value.name, canvasLimits.name) &&
    isRecordOf(value.answers, (answer): answer is string => isText(answer, canvasLimits.answer)) &&
    isText(value.createdAt, 30) &&
    isText(value.updatedAt, 30)
  );
}

/** Whether a value is a stored canvas. */
export function isCanvas(value: unknown): value is Canvas {
  return isCanvasContent(value) && typeof (value as { id?: unknown }).id === 'string';
}
