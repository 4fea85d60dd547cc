import type { SearchHit } from '../../lib/simple-search';

/** Which engine answered: Pagefind, or the simple search where the browser blocks WebAssembly. */
export type SearchEngine = 'pagefind' | 'eenvoudig';

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<SearchHit> }[] }>;
}

type Searcher = (query: string, limit: number) => Promise<SearchHit[]>;

let loading: Promise<{ engine: SearchEngine; search: Searcher }> | undefined;

/** Loads the index that `astro build` wrote to /pagefind/, once, on first use. */
async function loadPagefind(): Promise<Searcher> {
  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
  await pagefind.options({ excerptLength: 24 });
  // A trial search, so a blocked WebAssembly shows up here and not at the participant's first query.
  await pagefind.search('pettenvraagstuk');
  return async (query, limit) => {
    const { results } = await pagefind.search(query);
    return Promise.all(results.slice(0, limit).map((result) => result.data()));
  };
}

/** Loads the simple search and the texts Pagefind indexed (written by the build to /zoeken/teksten.json). */
async function loadSimpleSearch(): Promise<Searcher> {
  const [{ createSimpleSearch }, { isSearchDocumentList }, response] = await Promise.all([
    import('../../lib/simple-search'),
    import('../../lib/search-documents'),
    fetch('/zoeken/teksten.json'),
  ]);
  const documents: unknown = await response.json();
  if (!response.ok || !isSearchDocumentList(documents)) throw new Error('/zoeken/teksten.json is missing or damaged');
  const search = createSimpleSearch(documents);
  return async (query, limit) => search(query, limit);
}

function loadSearch(): Promise<{ engine: SearchEngine; search: Searcher }> {
  loading ??= loadPagefind()
    .then((search) => ({ engine: 'pagefind' as const, search }))
    .catch(async (error: unknown) => {
      console.warn('Pagefind could not start; using the simple search instead.', error);
      return { engine: 'eenvoudig' as const, search: await loadSimpleSearch() };
    });
  // A failure of both engines may pass (a dropped connection): the next search tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Searches the site and returns the first results, with the engine that found them. */
export async function searchSite(query: string, limit = 20): Promise<{ engine: SearchEngine; results: SearchHit[] }> {
  const { engine, search } = await loadSearch();
  return { engine, results: await search(query, limit) };
}
