import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { precacheEntries, writeServiceWorker } from '../../../src/integrations/service-worker';

// A built site in miniature: what the build writes that the worker must hold, and what it leaves out.
const site = mkdtempSync(join(tmpdir(), 'pw-precache-'));
const files = [
  'index.html',
  '404.html',
  'lessen/01-pettenvraagstuk/index.html',
  '_astro/Quiz.DSLeAoet.css',
  '_astro/QuizIsland.BYnDHTQ8.js',
  '_astro/simple-search.CrDqp6SS.js',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/icon.svg',
  'icons/icon-192.png',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.nl.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-component-ui.js',
  'pagefind/pagefind-modular-ui.css',
  'pagefind/pagefind-highlight.js',
  'pagefind/index/nl_1.pf_index',
  'pagefind/fragment/nl_2.pf_fragment',
  'zoeken/index.html',
  'zoeken/teksten.json',
  'pakketten/pettenwijzer-scorm.zip',
  'sw.js',
];
for (const file of files) {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), `inhoud van ${file}`);
}
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the precache of a built site', () => {
  it('holds every page, script, style, icon and the Pagefind index, and leaves out what the site does not use offline', async () => {
    const { entries } = await precacheEntries(site);
    expect(entries.map((entry) => entry.url).sort()).toEqual([
      '404.html',
      '_astro/Quiz.DSLeAoet.css',
      '_astro/QuizIsland.BYnDHTQ8.js',
      'favicon.svg',
      'icons/icon.svg',
      'index.html',
      'lessen/01-pettenvraagstuk/index.html',
      'manifest.webmanifest',
      'pagefind/fragment/nl_2.pf_fragment',
      'pagefind/index/nl_1.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind.js',
      'pagefind/wasm.nl.pagefind',
      'zoeken/index.html',
    ]);
  });

  it('gives hashed assets no revision and every other file one', async () => {
    const { entries } = await precacheEntries(site);
    const revisionOf = (url: string) => entries.find((entry) => entry.url === url)?.revision;
    expect(revisionOf('_astro/QuizIsland.BYnDHTQ8.js')).toBeNull();
    expect(revisionOf('index.html')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('writes sw.js with the addresses and counts the bytes it precaches', async () => {
    const { count, size } = await writeServiceWorker(site);
    const worker = readFileSync(join(site, 'sw.js'), 'utf8');
    expect(count).toBe(15);
    expect(size).toBeGreaterThan(0);
    expect(worker).toContain('"/lessen/01-pettenvraagstuk/"');
    expect(worker).not.toContain('teksten.json');
  });
});
