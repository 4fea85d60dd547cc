import type { Page } from '@playwright/test';
import { launchOptions } from '../browser';
import { expectNoAxeViolations } from './audit';
import { expect, test } from './failure-report';
import { waitForIslands } from './hydration';

async function searchFor(page: Page, query: string) {
  const input = page.getByLabel("Zoek in lessen, stellingen, scenario's en begrippen");
  await input.fill(query);
  await input.press('Enter');
}

// A browser that blocks WebAssembly, as some workplace policies do: without a JIT, Chromium has none,
// so Pagefind cannot start.
test.use({ launchOptions: launchOptions(['--js-flags=--jitless']) });

test('the simple search finds the same glossary terms, lessons and scenarios and says so', async ({ page }) => {
  await page.goto('/zoeken/');
  await waitForIslands(page);
  expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');

  await searchFor(page, 'doelbinding');
  const results = page.locator('.pw-search__results');
  await expect(results).toHaveAttribute('data-engine', 'eenvoudig');
  await expect(page.getByText('Je browser laat de snelle zoekfunctie niet toe')).toBeVisible();
  await expect(results.getByRole('link', { name: 'Doelbinding', exact: true })).toHaveAttribute(
    'href',
    '/begrippen/#doelbinding',
  );
  await expect(results.locator('mark').first()).toHaveText(/doelbinding/i);
  await expectNoAxeViolations(page);

  await searchFor(page, 'Veilig Thuis belt');
  await expect(results.getByRole('link', { name: 'Veilig Thuis belt' })).toBeVisible();
  await searchFor(page, 'coordinatie');
  await expect(
    results.getByRole('link', { name: 'Drie taken: toeleiding, hulpverlening en coördinatie' }),
  ).toBeVisible();
  await searchFor(page, 'xqzwvy');
  await expect(page.getByRole('status')).toHaveText('Niets gevonden voor "xqzwvy". Probeer een ander woord.');
});
