import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Budgets } from '../../scripts/page-weight';
import { budgetBreaches, measurePage } from '../../scripts/page-weight';
import { builtPages, distDir } from './built-pages';

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
