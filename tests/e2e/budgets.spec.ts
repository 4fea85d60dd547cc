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
