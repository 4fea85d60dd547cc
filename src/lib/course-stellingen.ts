import { getCollection } from 'astro:content';
import type { Source } from '../schemas/common';
import { assertUniqueOrder } from './course-rules';
import { renderMarkdown } from './markdown';
import type { Position } from './stellingen-score';

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

/** Loads every stelling in course order; fails the build when two share an order number. */
export async function loadStellingen(): Promise<StellingView[]> {
  const entries = assertUniqueOrder(
    'content/stellingen/*.yaml',
    (await getCollection('stellingen')).map((entry) => ({ ...entry, order: entry.data.order })),
  );
  return entries.map(({ id, data }) => ({
    id,
    order: data.order,
    statement: data.statement,
    position: data.position,
    verdict: data.verdict,
    explanationHtml: renderMarkdown(data.explanation),
    pets: data.pets,
    articles: data.articles,
    sources: data.sources,
    uncertain: data.uncertain,
    trainerNote: data.trainerNote,
  }));
}
