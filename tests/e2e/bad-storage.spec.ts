import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, expect, test } from '@playwright/test';
import { watchPage } from './audit';
import { builtPages, distDir } from './built-pages';
import { hydrateAllIslands } from './hydration';

// Every section id a feature stores under `pettenwijzer:<id>`, read from the stores so a new one is covered too.
const storesDir = new URL('../../src/stores/', import.meta.url);
const sectionIds = readdirSync(storesDir)
  .map((name) => readFileSync(new URL(name, storesDir), 'utf8'))
  .flatMap((code) => [...code.matchAll(/persistentSection<[\s\S]*?\bid: '([^']+)'/g)].map((match) => match[1] ?? ''));

test('the list of stored sections is complete', () => {
  expect([...sectionIds].sort()).toEqual(
    ['canvases', 'certificaat', 'lessons', 'quizzes', 'scenarios', 'stellingen', 'trainer-telling', 'zelfscan'].sort(),
  );
});

const interactivePages = builtPages().filter((path) => {
  const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
  return readFileSync(file, 'utf8').includes('<astro-island');
});

test('there are interactive pages to check', () => {
  expect(interactivePages.length).toBeGreaterThan(10);
});

const badData = {
  corrupt: '{"version": 1, "data": {',
  foreign: JSON.stringify({ hello: 'world', list: [1, 2, 3] }),
  future: JSON.stringify({ version: 999, data: { fromTheFuture: true } }),
};

/** A fresh browser context whose storage holds `stored` in every section, beside another app's key. */
async function contextWithStorage(browser: Browser, baseURL: string, stored: string) {
  const localStorage = [
    ...sectionIds.map((id) => ({ name: `pettenwijzer:${id}`, value: stored })),
    { name: 'other-app', value: 'untouched' },
  ];
  return browser.newContext({ baseURL, storageState: { cookies: [], origins: [{ origin: baseURL, localStorage }] } });
}

// One test per page; each plays every kind of bad data in a fresh context, so no test grows with the site.
for (const path of interactivePages) {
  test(`${path} works with corrupt, foreign or future data in storage and keeps that data`, async ({
    browser,
    baseURL,
  }) => {
    // A fixed, bounded amount of work per page (several axe runs or page loads): three times the default timeout.
    test.slow();
    const origin = baseURL ?? '';
    for (const [kind, value] of Object.entries(badData)) {
      const context = await contextWithStorage(browser, origin, value);
      try {
        const page = await context.newPage();
        const watcher = watchPage(page, origin);
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
      } finally {
        await context.close();
      }
    }
  });

  test(`${path} works when the browser refuses all storage`, async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Storage is disabled', 'SecurityError');
        },
      });
    });
    const watcher = watchPage(page, baseURL ?? '');
    await page.goto(path);
    await hydrateAllIslands(page);
    await expect(page.locator('h1')).toBeVisible();
    expect(watcher.problems).toEqual([]);
  });
}

test('the progress page says so when the browser refuses all storage', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled', 'SecurityError');
      },
    });
  });
  await page.goto('/voortgang/');
  await expect(page.getByText('Je browser staat niet toe dat deze site iets bewaart.')).toBeVisible();
});
