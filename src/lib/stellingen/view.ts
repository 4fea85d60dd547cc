import type { Source } from '../../schemas/common';
import type { Position } from './score';

/** A stelling as pages and islands need it: sorted, with its explanation rendered to HTML. */
export interface StellingView {
  id: string;
  order: number;
  statement: string;
  position: Position;
  verdict: string;
  explanationHtml: string;
  pets: { gemeentepet: string; hulpverlenerspet: string; coordinatie?: string };
  articles: string[];
  sources: Source[];
  uncertain: string[];
  trainerNote: string;
}

/**
 * What the participant's island needs of a stelling. The explanation comes as the HTML the server rendered:
 * hydrating it as components took most of the page's one long task, and the island only places it.
 */
export interface StellingCardView extends Pick<StellingView, 'id' | 'order' | 'statement' | 'position'> {
  /** The folded "Uitleg van de cursus" block (StellingExplanation). */
  explanationBlockHtml: string;
}
