import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectedSectionIds } from '../fixtures/stored-sections';
import { watchPage } from './audit';
import { builtHtml, onePagePerIslandKind } from './built-pages';
import { hydrateAllIslands } from './hydration';
import { plantStorage } from './plant-storage';
import { expect, test } from './reused-page';

// Every section id a feature stores under `pettenwijzer:<id>`, read from the stores so a new one is covered too.
const storesDir = new URL('../../src/stores/', import.meta.url);
const sectionIds = readdirSync(storesDir)
  .map((name) => readFileSync(new URL(name, storesDir), 'utf8'))
  .flatMap((code) => [...code.matchAll(/persistentSection<[\s\S]*?\bid: '([^']+)'/g)].map((match) => match[1] ?? ''));

test('the list of stored sections is complete', () => {
  expect([...sectionIds].sort()).toEqual(expectedSectionIds);
});

// Pages that hydrate the same islands run the same code on the stored data: one page of each kind is checked.
const interactivePages = onePagePerIslandKind();

test('there are interactive pages to check', () => {
  expect(interactivePages.length).toBeGreaterThan(10);
  expect(interactivePages.every(({ path }) => path.startsWith('/'))).toBe(true);
});

const badData = {
  corrupt: '{"version": 1, "data": {',
  foreign: JSON.stringify({ hello: 'world', list: [1, 2, 3] }),
  future: JSON.stringify({ version: 999, data: { fromTheFuture: true } }),
};

// One test per kind of page; it plays every kind of bad data and then refuses storage, in one browser page (a
// new context per kind cost a new browser process each), so no test grows with the site.
for (const { path, alike } of interactivePages) {
  test(`${path}${alike > 0 ? ` (and ${alike} pages with the same islands)` : ''} works with corrupt, foreign or future data in storage, keeps that data, and works without storage`, async ({
    reusedPage: page,
    baseURL,
  }) => {
    const origin = baseURL ?? '';
    const watcher = watchPage(page, origin);
    for (const [kind, value] of Object.entries(badData)) {
      await plantStorage(page, {
        ...Object.fromEntries(sectionIds.map((id) => [`pettenwijzer:${id}`, value])),
        'other-app': 'untouched',
      });
      await page.goto(path);
      await hydrateAllIslands(page);
      await expect(page.locator('h1')).toBeVisible();
      expect(watcher.problems, `${kind} data`).toEqual([]);
      expect(await page.evaluate(() => localStorage.getItem('other-app'))).toBe('untouched');
      if (kind === 'future') {
        const kept = await page.evaluate(
          (ids) => ids.map((id) => localStorage.getItem(`pettenwijzer:${id}`)),
          sectionIds,
        );
        expect(kept, 'data from a newer version is left as it is').toEqual(sectionIds.map(() => value));
      }
    }

    await refuseStorage(page, path);
    await page.goto(path);
    await hydrateAllIslands(page);
    await expect(page.locator('h1')).toBeVisible();
    expect(watcher.problems, 'storage refused').toEqual([]);
  });
}

test('the progress page says so when the browser refuses all storage', async ({ reusedPage: page }) => {
  await refuseStorage(page, '/voortgang/');
  await page.goto('/voortgang/');
  await expect(page.getByText('Je browser staat niet toe dat deze site iets bewaart.')).toBeVisible();
});

/**
 * Serves `path` with a first script that makes every use of localStorage throw, as a browser does that refuses
 * storage for the site. Unlike an init script, it ends with the route, so the page can be used again. The page is
 * read from the build rather than fetched through the route: a fetch on a kept-alive connection that the server
 * had just closed failed with ECONNRESET on a loaded machine.
 */
async function refuseStorage(page: Page, path: string): Promise<void> {
  const refuse = `<script>Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Storage is disabled', 'SecurityError'); } });</script>`;
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const html = builtHtml(path);
      if (!html.includes('<head>')) throw new Error(`${path} has no <head> to put the storage refusal in`);
      await route.fulfill({ contentType: 'text/html; charset=utf-8', body: html.replace('<head>', `<head>${refuse}`) });
    },
  );
}
