/** The three hats (pets) a professional in the social domain can wear. */
export const petIds = ['gemeentepet', 'hulpverlenerspet', 'coordinatie'] as const;

export type PetId = (typeof petIds)[number];

/** How each pet is named and what task it stands for. */
export const pets: Record<PetId, { label: string; task: string }> = {
  gemeentepet: { label: 'Gemeentepet', task: 'toeleiding' },
  hulpverlenerspet: { label: 'Hulpverlenerspet', task: 'hulpverlening' },
  coordinatie: { label: 'Coördinatiepet', task: 'coördinatie' },
};
