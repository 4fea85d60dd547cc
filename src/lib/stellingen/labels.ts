import type { Certainty, Position, Round } from './score';

/** How answers, certainty and rounds are shown to participants. */
export const positionLabels: Record<Position, string> = {
  eens: 'Eens',
  oneens: 'Oneens',
  'het hangt ervan af': 'Het hangt ervan af',
};

export const certaintyLabels: Record<Certainty, string> = {
  1: 'Een beetje zeker',
  2: 'Redelijk zeker',
  3: 'Heel zeker',
};

export const roundLabels: Record<Round, string> = { voormeting: 'Voormeting', nameting: 'Nameting' };
