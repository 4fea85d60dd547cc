import MiniSearch from 'minisearch';
import type { SearchDocument } from './documents';
import { foldForSearch, searchExcerpt } from './excerpt';

/** A result in the shape the search page shows, whichever engine found it. */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: { title?: string; soort?: string };
}

/**
 * Plain JavaScript search over the texts Pagefind indexed, for browsers that block WebAssembly
 * (some locked-down workplace browsers do). Every word must match, as a prefix, with a typo allowed.
 */
export function createSimpleSearch(
  documents: readonly SearchDocument[],
): (query: string, limit?: number) => SearchHit[] {
  const index = new MiniSearch<SearchDocument & { id: number }>({
    fields: ['title', 'content'],
    processTerm: (term) => foldForSearch(term),
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(documents.map((document, id) => ({ ...document, id })));

  return (query, limit = 20) =>
    index
      .search(query)
      .slice(0, limit)
      .flatMap((result) => {
        const document = documents[result.id];
        if (!document) return [];
        const meta = { title: document.title, ...(document.soort ? { soort: document.soort } : {}) };
        return [{ url: document.url, excerpt: searchExcerpt(document.content, result.terms), meta }];
      });
}
