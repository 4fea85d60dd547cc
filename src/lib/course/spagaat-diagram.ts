// The spagaat as a diagram: the professional between two pets, each pet with its own frame. Shaped here from the
// rows of content/course/spagaat.yaml, the same rows the trainer's spagaat table shows, so diagram and table agree.
import type { SpagaatRij } from '../../schemas/spagaat';
import { type PetId, pets } from '../common/pets';

/** The two pets the professional stands between; coördinatie is a proposal (Wams), so the tables show it apart. */
export const spagaatPets = ['gemeentepet', 'hulpverlenerspet'] as const satisfies readonly PetId[];

/** One pet's frame: its name and task, and per aspect what holds under it, in table order. */
export interface SpagaatFrame {
  pet: (typeof spagaatPets)[number];
  label: string;
  task: string;
  lines: { id: string; aspect: string; text: string }[];
}

/** The frames of the diagram, left and right of the professional, from the spagaat rows in any order. */
export function spagaatFrames(rows: readonly SpagaatRij[]): SpagaatFrame[] {
  const sorted = [...rows].sort((a, b) => a.order - b.order);
  return spagaatPets.map((pet) => ({
    pet,
    label: pets[pet].label,
    task: pets[pet].task,
    lines: sorted.map((row) => ({ id: row.id, aspect: row.aspect, text: row[pet] })),
  }));
}
