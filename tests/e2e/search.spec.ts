import { expectNoAxeViolations } from './audit';
import { waitForIslands } from './hydration';
import { expect, test } from './reused-page';

test('a glossary term and a lesson are found by keyboard, and the query survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Zoeken' }).first().click();
  await waitForIslands(page);
  const input = page.getByLabel("Zoek in lessen, stellingen, scenario's en begrippen");
  await input.focus();
  await page.keyboard.type('doelbinding');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('resultaten voor "doelbinding"');
  const results = page.locator('.pw-search__results');
  await expect(results.getByRole('link', { name: 'Doelbinding', exact: true })).toHaveAttribute(
    'href',
    '/begrippen/#doelbinding',
  );
  await expect(results.getByText('· Les').first()).toBeVisible();
  await expectNoAxeViolations(page);
  // Which engine answered is worth seeing in a CI log: Pagefind, or the simple search where WebAssembly is off.
  console.log(`search engine: ${await results.getAttribute('data-engine')}`);

  await page.reload();
  await expect(input).toHaveValue('doelbinding');
  await expect(results.getByRole('link', { name: 'Doelbinding', exact: true })).toBeVisible();

  await results.getByRole('link', { name: 'Doelbinding', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/begrippen\/#doelbinding$/);
});

test('finds a lesson by a word from its text and a scenario by its title', async ({ page }) => {
  await page.goto('/zoeken/?q=spagaat');
  await expect(page.locator('.pw-search__results').getByRole('link', { name: 'De spagaat' })).toBeVisible();
  await page.goto('/zoeken/?q=Veilig%20Thuis%20belt');
  await expect(page.locator('.pw-search__results').getByRole('link', { name: 'Veilig Thuis belt' })).toBeVisible();
});

test('an unknown word says nothing was found', async ({ page }) => {
  await page.goto('/zoeken/?q=xqzwvy');
  await expect(page.getByRole('status')).toHaveText('Niets gevonden voor "xqzwvy". Probeer een ander woord.');
});

test('when a proxy blocks Pagefind’s WebAssembly file, the simple search takes over', async ({ page }) => {
  await page.route('**/pagefind/wasm.*.pagefind', (route) => route.abort('blockedbyclient'));
  await page.goto('/zoeken/?q=spagaat');
  const results = page.locator('.pw-search__results');
  await expect(results).toHaveAttribute('data-engine', 'eenvoudig');
  await expect(results.getByRole('link', { name: 'De spagaat' })).toBeVisible();
});
