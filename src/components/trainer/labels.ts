/** What a trainer page needs of a stelling; kept small because it travels in the page as island props. */
export interface StellingSummary {
  id: string;
  order: number;
  statement: string;
}
