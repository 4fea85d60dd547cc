import { getCollection } from 'astro:content';
import { renderMarkdown } from '../common/render-markdown';
import type { StellingView } from '../stellingen/view';
import { assertUniqueOrder } from './rules';

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
