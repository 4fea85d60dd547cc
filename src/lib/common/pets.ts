import type { PetIconId } from './pet-icons';

/** The three hats (pets) a professional in the social domain can wear. */
export const petIds = ['gemeentepet', 'hulpverlenerspet', 'coordinatie'] as const;

export type PetId = (typeof petIds)[number];

/** How each pet is named and what task it stands for. */
export const pets: Record<PetId, { label: string; task: string }> = {
  gemeentepet: { label: 'Gemeentepet', task: 'toeleiding' },
  hulpverlenerspet: { label: 'Hulpverlenerspet', task: 'hulpverlening' },
  coordinatie: { label: 'Coördinatiepet', task: 'coördinatie' },
};

/** The visible name of a pet, or of "not decided yet"; it is also the icon's text alternative. */
export function petLabel(pet: PetIconId): string {
  return pet === 'onbepaald' ? 'Pet nog niet bepaald' : pets[pet].label;
}
