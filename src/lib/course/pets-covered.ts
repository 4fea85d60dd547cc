// Which pets a scenario is about, for the pet icons on the course cards: its choices and endings name their pet.
// (A lesson lists its pets in its frontmatter.)
import { type PetId, petIds } from '../common/pets';

/** The pets a scenario's choices and endings are about, in the usual order of the pets. */
export function scenarioPets(scenario: {
  nodes: readonly { choices: readonly { pet?: PetId }[] }[];
  endings: readonly { pet: PetId }[];
}): PetId[] {
  const named = new Set<PetId>([
    ...scenario.endings.map((ending) => ending.pet),
    ...scenario.nodes.flatMap((node) => node.choices.flatMap((choice) => (choice.pet ? [choice.pet] : []))),
  ]);
  return petIds.filter((pet) => named.has(pet));
}
