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
