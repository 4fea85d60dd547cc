// The words of the car-and-driver drawing (lesson 1 and its slide): its caption is its text alternative.

/** One line of the caption: what the part of the drawing is, and what it stands for. */
export interface CaptionLine {
  lead: string;
  text: string;
}

/** The caption of the drawing of the car and its driver. */
export const autoCaption: readonly CaptionLine[] = [
  { lead: 'De organisatie bouwt de auto:', text: 'taken, werkinstructies, systemen en afspraken.' },
  { lead: 'De professional bestuurt de auto:', text: 'kiest de pet die past en handelt daarnaar.' },
];
