// What the service worker precaches, and the text of dist/sw.js. Pure: the build step in
// src/integrations/service-worker.ts lists and hashes the files and passes them in.
import { serviceWorker } from './service-worker.ts';

/** One built file as workbox-build's getManifest lists it: its path in dist/ and a hash of its content. */
export interface ManifestEntry {
  url: string;
  /** null for files whose name already holds a content hash (Vite's `_astro/` assets). */
  revision: string | null;
}

/** Files of the built site that are not precached, each with the reason. */
export const notPrecached: readonly { pattern: string; why: string }[] = [
  { pattern: 'sw.js', why: 'the service worker itself, which the browser fetches and checks on its own' },
  {
    pattern: 'pagefind/pagefind-{ui,component-ui,modular-ui}.{js,css}',
    why: "Pagefind's ready-made search interfaces; the site has its own (src/components/search/)",
  },
  { pattern: 'pagefind/pagefind-highlight.js', why: 'not used: the site does not highlight search hits on pages' },
  { pattern: 'pagefind/wasm.unknown.pagefind', why: 'the index is Dutch only (forceLanguage nl)' },
  {
    pattern: 'zoeken/teksten.json',
    why: 'the simple search for browsers that block WebAssembly (290 KB): it would break the 3 MiB budget',
  },
  { pattern: '_astro/simple-search.*.js', why: "the simple search's code, of no use offline without its texts" },
  {
    pattern: 'icons/*.png',
    why: 'app icons for installing, which the browser fetches itself; the pages show favicon.svg',
  },
  { pattern: '**/*.zip', why: 'downloads (LMS packages) are for saving, not for reading in the browser' },
];

/** The glob patterns for getManifest's globIgnores. */
export const precacheIgnores = notPrecached.map((item) => item.pattern);

/** Vite's output under `_astro/` carries a content hash in each name, so the name alone is its revision. */
export const hashedFiles = /^_astro\//;

/** The one cache the worker fills; a new version adds its changed files to it and removes the old ones. */
export const cacheName = 'pettenwijzer-precache';

/** The address a built file is served at: `lessen/x/index.html` at `/lessen/x/`, `404.html` at `/404.html`. */
export function addressOf(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The cache key of an entry: its address, plus its revision when the name does not already change with it. */
export function cacheKeyOf(entry: ManifestEntry): string {
  const address = addressOf(entry.url);
  return entry.revision ? `${address}?__pw_revision=${entry.revision}` : address;
}

/**
 * The text of dist/sw.js for these files. Every key holds its file's revision, so any changed file changes the
 * worker's bytes, and the browser sees a new version on the next visit; an unchanged build writes the same bytes.
 */
export function serviceWorkerSource(entries: readonly ManifestEntry[]): string {
  const precache = [...entries]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((entry): [string, string] => [addressOf(entry.url), cacheKeyOf(entry)]);
  const args = [JSON.stringify(precache), JSON.stringify(cacheName)].join(', ');
  return [
    "// Pettenwijzer's service worker, written by `astro build` (src/integrations/service-worker.ts).",
    '// It precaches the site for offline use and stores nothing else. Code: src/lib/offline/service-worker.ts.',
    `(${serviceWorker.toString()})(self, ${args});`,
    '',
  ].join('\n');
}

/** The budget breach of a precache of `bytes`, as a sentence; undefined when it fits. */
export function precacheBreach(bytes: number, budget: number): string | undefined {
  if (bytes <= budget) return undefined;
  const mib = (value: number) => `${(value / 1024 / 1024).toFixed(2)} MiB`;
  return `precache: ${bytes} B (${mib(bytes)}) > ${budget} B (${mib(budget)}); leave more out in src/lib/offline/precache.ts or make the site smaller`;
}
