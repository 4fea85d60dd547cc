import { isRecord, isRecordOf } from './guards';

/** One 7×W canvas: a named overlegtafel with an answer per W-question. */
export interface Canvas {
  id: string;
  name: string;
  /** Answer text keyed by W-question id (see content/course/zeven-w.yaml). */
  answers: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

/** What a canvas holds apart from its id: what exports and share links carry. */
export type CanvasContent = Omit<Canvas, 'id'>;

/** Upper bounds that keep stored data, files and share links small; larger input is refused or cut. */
export const canvasLimits = { name: 120, answer: 5000, questions: 20 } as const;

/** Whether a value is a canvas's content (name, answers and dates), within the limits. */
export function isCanvasContent(value: unknown): value is CanvasContent {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    value.name.length <= canvasLimits.name &&
    isRecordOf(value.answers, (answer): answer is string => typeof answer === 'string') &&
    Object.keys(value.answers).length <= canvasLimits.questions &&
    Object.values(value.answers).every((answer) => answer.length <= canvasLimits.answer) &&
    typeof value.createdAt === 'string' &&
    typeof value.updatedAt === 'string'
  );
}

/** Whether a value is a stored canvas. */
export function isCanvas(value: unknown): value is Canvas {
  return isCanvasContent(value) && typeof (value as { id?: unknown }).id === 'string';
}

/** A new, empty canvas. */
export function emptyCanvas(id: string, name: string, now: Date): Canvas {
  const stamp = now.toISOString();
  return { id, name: name.slice(0, canvasLimits.name), answers: {}, createdAt: stamp, updatedAt: stamp };
}

/** A name not yet taken: the wanted name, or the name with (2), (3) … after it. */
export function uniqueName(wanted: string, taken: readonly string[]): string {
  const base = wanted.trim() || 'Naamloos canvas';
  if (!taken.includes(base)) return base;
  for (let count = 2; ; count++) {
    const candidate = `${base} (${count})`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/** The name for a duplicate: "Kopie van …", numbered when that is taken too. */
export function copyName(name: string, taken: readonly string[]): string {
  return uniqueName(`Kopie van ${name}`.slice(0, canvasLimits.name - 5), taken);
}

/** How many W-questions have an answer that is more than spaces. */
export function answeredCount(canvas: Pick<Canvas, 'answers'>): number {
  return Object.values(canvas.answers).filter((answer) => answer.trim() !== '').length;
}

/** The canvases in the order they were made, oldest first. */
export function sortedCanvases(canvases: Record<string, Canvas>): Canvas[] {
  return Object.values(canvases).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
