import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Budgets } from '../../scripts/page-weight';
import { budgetBreaches, measurePage } from '../../scripts/page-weight';
import { precacheEntries } from '../../src/integrations/service-worker';
import { precacheBreach } from '../../src/lib/offline/precache';
import { builtPages, distDir } from './built-pages';
import { expect, test } from './failure-report';

const budgets = JSON.parse(readFileSync(new URL('../../budgets.json', import.meta.url), 'utf8')) as Budgets;

test('every built page stays within its byte budgets', () => {
  const breaches = builtPages().flatMap((path) => budgetBreaches(measurePage(distDir, path), budgets));
  expect(breaches).toEqual([]);
});

test('pages listed as static exist and ship no JavaScript', () => {
  const pages = builtPages();
  for (const path of budgets.staticPages) {
    expect(pages).toContain(path);
    expect(measurePage(distDir, path).js.files).toEqual([]);
  }
});

test('Pettenkompas pages load no JavaScript file and at most the inline route script', () => {
  const prefixes = budgets.inlineScriptPages ?? [];
  const pages = builtPages().filter((path) => prefixes.some((prefix) => path.startsWith(prefix)));
  expect(pages.length).toBeGreaterThan(3);
  for (const path of pages) {
    const weight = measurePage(distDir, path);
    expect(weight.js.files, path).toEqual([]);
    expect(weight.inlineJs.raw, path).toBeLessThanOrEqual(budgets.inlineJsRawPerPage ?? 0);
  }
});

test('every page registers the offline site with one script, and the precache fits its budget', async () => {
  // The script's size is checked with the other budgets above; here, that no page lacks it or has it twice.
  const count = (path: string) =>
    readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8').split('<script data-pw-sw>')
      .length - 1;
  expect(builtPages().filter((path) => count(path) !== 1)).toEqual([]);
  const { size } = await precacheEntries(distDir);
  expect(precacheBreach(size, budgets.precacheRaw ?? 0)).toBeUndefined();
});
