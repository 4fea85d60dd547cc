import type { Canvas, CanvasContent } from '../lib/canvas/canvas';
import { canvasLimits } from '../lib/canvas/canvas';
import { copyName, emptyCanvas, sortedCanvases, uniqueName } from '../lib/canvas/helpers';
import type { CanvasesData } from './canvases';
import { $canvases, emptyCanvases } from './canvases';

/** The open canvas, or the first one when the open one is gone. */
export function activeCanvas(data: CanvasesData): Canvas | undefined {
  return data.canvases[data.activeId] ?? sortedCanvases(data.canvases)[0];
}

function newId(): string {
  return `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function names(data: CanvasesData): string[] {
  return Object.values(data.canvases).map((canvas) => canvas.name);
}

function put(canvas: Canvas, makeActive = true): void {
  const data = $canvases.get();
  $canvases.set({
    canvases: { ...data.canvases, [canvas.id]: canvas },
    activeId: makeActive ? canvas.id : data.activeId,
  });
}

/** Starts a new, empty canvas and opens it; returns its id. */
export function createCanvas(name = 'Mijn overlegtafel'): string {
  const canvas = emptyCanvas(newId(), uniqueName(name, names($canvases.get())), new Date());
  put(canvas);
  return canvas.id;
}

/** Opens another canvas. */
export function selectCanvas(id: string): void {
  const data = $canvases.get();
  if (data.canvases[id]) $canvases.set({ ...data, activeId: id });
}

function update(id: string, change: (canvas: Canvas) => Partial<Canvas>): void {
  const canvas = $canvases.get().canvases[id];
  if (canvas) put({ ...canvas, ...change(canvas), updatedAt: new Date().toISOString() });
}

/** Renames a canvas (cut to the maximum length). */
export function renameCanvas(id: string, name: string): void {
  update(id, () => ({ name: name.slice(0, canvasLimits.name) }));
}

/** Saves the answer to one W-question; when no canvas exists yet, one is started first. */
export function setCanvasAnswer(id: string | undefined, questionId: string, text: string): void {
  const target = id ?? createCanvas();
  update(target, (canvas) => ({ answers: { ...canvas.answers, [questionId]: text.slice(0, canvasLimits.answer) } }));
}

/** Copies a canvas under the name "Kopie van …" and opens the copy. */
export function duplicateCanvas(id: string): void {
  const data = $canvases.get();
  const original = data.canvases[id];
  if (!original) return;
  const stamp = new Date().toISOString();
  put({ ...original, id: newId(), name: copyName(original.name, names(data)), createdAt: stamp, updatedAt: stamp });
}

/** Deletes a canvas; the next one opens. Nothing left means nothing stored. */
export function deleteCanvas(id: string): void {
  const { [id]: _deleted, ...rest } = $canvases.get().canvases;
  const next = sortedCanvases(rest)[0];
  $canvases.set(next ? { canvases: rest, activeId: next.id } : emptyCanvases);
}

/**
 * Saves a canvas from a file or share link. "replace" overwrites the canvas with that id (only after the
 * participant chose so); "new" always adds it beside the others, with a name that is not taken.
 */
export function saveCanvasContent(content: CanvasContent, mode: { replaceId: string } | 'new'): string {
  const data = $canvases.get();
  if (mode !== 'new' && data.canvases[mode.replaceId]) {
    put({ ...content, id: mode.replaceId });
    return mode.replaceId;
  }
  const id = newId();
  put({ ...content, id, name: uniqueName(content.name, names(data)) });
  return id;
}
