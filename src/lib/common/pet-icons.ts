// The shapes of the pet icons, drawn for Pettenwijzer on a 24 × 24 grid. One source for the Astro pages and the
// islands: PetIcon (components/common) draws them with currentColor, so tokens.css, dark mode and forced colours
// decide their colour and the shapes never carry meaning on their own (a text label always stands beside them).
import type { PetId } from './pets';

/** A pet as the icons know it: the three pets, and "not decided yet" for a situation that does not tell. */
export type PetIconId = PetId | 'onbepaald';

/** The cap every icon shares, seen from the front: crown, band and a curved peak. Drawn as a stroke. */
export const capPath = 'M4.5 15.5V13a7.5 7.5 0 0 1 15 0v2.5M4.5 15.5h15M2.5 16q9.5 5 19 0';

/** The emblem on the front of each cap, what tells the pets apart besides their label: lines, dots (a zero-length
 * line drawn with a round cap) and filled parts. */
export const emblemPaths: Record<PetIconId, { stroke?: string; dots?: string; fill?: string }> = {
  // The municipal shield.
  gemeentepet: { fill: 'M9 7.6h6v3c0 1.9-1.3 3-3 3.9-1.7-.9-3-2-3-3.9z' },
  // A heart: care for the person.
  hulpverlenerspet: {
    fill: 'M12 14.2s-3.8-2.1-3.8-4.5a1.9 1.9 0 0 1 3.8-.6 1.9 1.9 0 0 1 3.8.6c0 2.4-3.8 4.5-3.8 4.5z',
  },
  // Three linked points: the help of others brought together.
  coordinatie: {
    stroke: 'M8.6 13 12 8.2l3.4 4.8z',
    dots: 'M8.6 13h0M12 8.2h0M15.4 13h0',
  },
  // A question mark: which pet is not clear yet.
  onbepaald: {
    stroke: 'M9.8 9.4a2.3 2.3 0 1 1 3.2 2.1c-.7.3-1 .8-1 1.5',
    dots: 'M12 14.6h0',
  },
};
