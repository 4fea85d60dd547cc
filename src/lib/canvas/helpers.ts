import type { Canvas } from './canvas';
import { canvasLimits } from './canvas';

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

/** The canvases in the order they were made, oldest first. */
export function sortedCanvases(canvases: Record<string, Canvas>): Canvas[] {
  return Object.values(canvases).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
