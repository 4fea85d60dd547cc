import type { SearchHit } from '../../lib/search/simple-search';

/** Which engine answered: Pagefind, or the simple search where the browser blocks WebAssembly. */
export type SearchEngine = 'pagefind' | 'eenvoudig';

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<SearchHit> }[] }>;
}

interface Engine {
  name: SearchEngine;
  search(query: string, limit: number): Promise<SearchHit[]>;
}

let loading: Promise<Engine> | undefined;

/** Pagefind with the index that `astro build` wrote to /pagefind/. */
async function loadPagefind(): Promise<Engine> {
  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
  await pagefind.options({ excerptLength: 24 });
  return {
    name: 'pagefind',
    async search(query, limit) {
      const { results } = await pagefind.search(query);
      return Promise.all(results.slice(0, limit).map((result) => result.data()));
    },
  };
}

/** The simple search over the texts Pagefind indexed (written by the build to /zoeken/teksten.json). */
async function loadSimpleSearch(): Promise<Engine> {
  const [{ createSimpleSearch }, { isSearchDocumentList }, response] = await Promise.all([
    import('../../lib/search/simple-search'),
    import('../../lib/search/documents'),
    fetch('/zoeken/teksten.json'),
  ]);
  const documents: unknown = await response.json();
  if (!response.ok || !isSearchDocumentList(documents)) throw new Error('/zoeken/teksten.json is missing or damaged');
  const search = createSimpleSearch(documents);
  return { name: 'eenvoudig', search: async (query, limit) => search(query, limit) };
}

function switchToSimpleSearch(pagefindError: unknown): Promise<Engine> {
  console.warn('Pagefind does not work in this browser; using the simple search instead.', pagefindError);
  loading = loadSimpleSearch();
  // If this fails too (a dropped connection), the next search starts over.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Searches the site with Pagefind, loaded on first use. Where Pagefind cannot load or search (its WebAssembly
 * is blocked, as some workplace policies do), this and every later search use the simple search.
 */
export async function searchSite(query: string, limit = 20): Promise<{ engine: SearchEngine; results: SearchHit[] }> {
  loading ??= loadPagefind().catch(switchToSimpleSearch);
  const engine = await loading;
  try {
    return { engine: engine.name, results: await engine.search(query, limit) };
  } catch (error) {
    if (engine.name !== 'pagefind') throw error;
    const simple = await switchToSimpleSearch(error);
    return { engine: simple.name, results: await simple.search(query, limit) };
  }
}
