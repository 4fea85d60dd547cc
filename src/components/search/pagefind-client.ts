/** The part of Pagefind's browser API the search page uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

let loading: Promise<PagefindApi> | undefined;

/** Loads the index that `astro build` wrote to /pagefind/, once, on first use. */
export function loadPagefind(): Promise<PagefindApi> {
  const bundle = '/pagefind/pagefind.js';
  loading ??= (import(/* @vite-ignore */ bundle) as Promise<PagefindApi>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  });
  return loading;
}

/** Searches the site and returns the first results' data. */
export async function searchSite(query: string, limit = 20): Promise<PagefindResultData[]> {
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(query);
  return Promise.all(results.slice(0, limit).map((result) => result.data()));
}
