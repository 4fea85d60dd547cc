// Which pets a lesson or scenario is about, for the pet icons on the course cards. Lessons and scenarios record
// no such list, so it is derived from what they do contain: a scenario's choices and endings name their pet, a
// lesson names pets and their tasks in its text.
import { type PetId, petIds, pets } from '../common/pets';

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

/** The pets a lesson's text names, by the pet's name or its task as whole words ("Coördinatiepet", "toeleiding"). */
export function petsNamedIn(text: string): PetId[] {
  return petIds.filter((pet) => {
    const words = [pets[pet].label, pets[pet].task].map((word) => word.toLocaleLowerCase('nl'));
    return new RegExp(`(^|[^\\p{L}])(${words.join('|')})($|[^\\p{L}])`, 'iu').test(text);
  });
}
