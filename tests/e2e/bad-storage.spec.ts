import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { watchPage } from './audit';
import { builtPages, distDir } from './built-pages';

// Every section id a feature stores under `pettenwijzer:<id>`, read from the stores so a new one is covered too.
const storesDir = new URL('../../src/stores/', import.meta.url);
const sectionIds = readdirSync(storesDir)
  .map((name) => readFileSync(new URL(name, storesDir), 'utf8'))
  .flatMap((code) => [...code.matchAll(/persistentSection<[\s\S]*?\bid: '([^']+)'/g)].map((match) => match[1] ?? ''));

test('the list of stored sections is complete', () => {
  expect(sectionIds).toEqual(
    expect.arrayContaining(['stellingen', 'quizzes', 'scenarios', 'lessons', 'canvases', 'zelfscan', 'certificaat']),
  );
});

const interactivePages = builtPages().filter((path) => {
  const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
  return readFileSync(file, 'utf8').includes('<astro-island');
});

const badData = {
  corrupt: '{"version": 1, "data": {',
  foreign: JSON.stringify({ hello: 'world', list: [1, 2, 3] }),
  future: JSON.stringify({ version: 999, data: { fromTheFuture: true } }),
};

for (const [kind, value] of Object.entries(badData)) {
  test(`pages with ${kind} data in storage still work and keep that data`, async ({ page, baseURL }) => {
    test.skip(interactivePages.length === 0, 'no interactive pages built');
    await page.addInitScript(
      ({ ids, stored }) => {
        if (sessionStorage.getItem('planted')) return;
        sessionStorage.setItem('planted', 'yes');
        for (const id of ids) localStorage.setItem(`pettenwijzer:${id}`, stored);
        localStorage.setItem('other-app', 'untouched');
      },
      { ids: sectionIds, stored: value },
    );
    const watcher = watchPage(page, baseURL ?? '');
    for (const path of interactivePages) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('h1')).toBeVisible();
    }
    expect(watcher.problems).toEqual([]);
    const kept = await page.evaluate(() => localStorage.getItem('other-app'));
    expect(kept).toBe('untouched');
    if (kind === 'future') {
      const future = await page.evaluate(
        (ids) => ids.map((id) => localStorage.getItem(`pettenwijzer:${id}`)),
        sectionIds,
      );
      expect(future).toEqual(sectionIds.map(() => value));
    }
  });
}

test('pages work when the browser refuses all storage', async ({ page, baseURL }) => {
  test.skip(interactivePages.length === 0, 'no interactive pages built');
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled', 'SecurityError');
      },
    });
  });
  const watcher = watchPage(page, baseURL ?? '');
  for (const path of interactivePages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1')).toBeVisible();
  }
  expect(watcher.problems).toEqual([]);
  await page.goto('/voortgang/');
  await expect(page.getByText('Je browser staat niet toe dat deze site iets bewaart.')).toBeVisible();
});
