import { getCollection } from 'astro:content';
import type { Source } from '../schemas/common';
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
  const entries = (await getCollection('stellingen')).sort((a, b) => a.data.order - b.data.order);
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    if (previous && previous.data.order === entry.data.order) {
      throw new Error(
        `Content files content/stellingen/${previous.id}.yaml and ${entry.id}.yaml both have order ${entry.data.order}.\n    Fix: give every stelling its own order number.`,
      );
    }
  });
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
