/** The ratings a scenario ending can have, from best to worst. */
export const ratings = ['goed', 'kan-beter', 'riskant'] as const;
export type Rating = (typeof ratings)[number];

/** How a rating is written on the page; colour is never the only cue. */
export const ratingLabels: Record<Rating, string> = {
  goed: 'Goed',
  'kan-beter': 'Kan beter',
  riskant: 'Riskant',
};
