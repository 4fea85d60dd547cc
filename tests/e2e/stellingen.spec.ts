import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './audit';
import { waitForIslands } from './hydration';
import { expect, test } from './reused-page';

const answersVoor = ['Eens', 'Oneens', 'Eens', 'Oneens'];
const answersNa = ['Het hangt ervan af', 'Oneens', 'Het hangt ervan af', 'Oneens'];

/** Answers stelling n (1-based) by keyboard: Tab into its radio group and move with the arrow keys. */
async function answerByKeyboard(page: Page, n: number, label: string) {
  const group = page.getByRole('group', { name: 'Wat vind jij?' }).nth(n - 1);
  const first = group.getByRole('radio').first();
  await first.focus();
  await page.keyboard.press('Space');
  const options = ['Eens', 'Oneens', 'Het hangt ervan af'];
  for (let step = 0; step < options.indexOf(label); step++) await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio', { name: label, exact: true })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: `Stelling ${n}: ${label} is bewaard.` })).toHaveCount(1);
}

test('a participant does the voormeting by keyboard, reloads, does the nameting and sees the comparison', async ({
  page,
}) => {
  await page.goto('/stellingen/');
  await waitForIslands(page);
  await expect(page.getByText('Geef eerst je eigen antwoord.').first()).toBeVisible();
  await expectNoAxeViolations(page);

  for (const [index, label] of answersVoor.entries()) await answerByKeyboard(page, index + 1, label);
  await page
    .getByRole('group', { name: 'Hoe zeker ben je? (niet verplicht)' })
    .first()
    .getByRole('radio', { name: 'Heel zeker' })
    .check();

  const result = page.getByRole('region', { name: /Jouw resultaat/ });
  await expect(result).toContainText('Je hebt 4 van 4 stellingen beantwoord. 2 van je antwoorden komen overeen');
  const code = await result.locator('code').textContent();
  expect(code).toMatch(/^V-EOEO-[A-Z]$/);
  await page.getByText('Uitleg van de cursus').first().click();
  await expect(page.getByText('Standpunt van de cursus: Het hangt ervan af.').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Wat vind jij?' }).first().getByRole('radio', { name: 'Eens', exact: true }),
  ).toBeChecked();
  await expect(page.getByRole('region', { name: /Jouw resultaat/ }).locator('code')).toHaveText(code ?? '');

  await page.getByRole('radio', { name: /Nameting/ }).check();
  await expect(page.getByRole('heading', { name: 'Nameting', level: 2 })).toBeVisible();
  for (const [index, label] of answersNa.entries()) await answerByKeyboard(page, index + 1, label);

  const comparison = page.getByRole('region', { name: 'Voor en na het webinar' });
  await expect(comparison).toContainText('In lijn met de cursus: 2 van 4 → 4 van 4');
  // The same as dots: voor two of four filled, na all four.
  const dots = comparison.locator('.pw-round-dots svg');
  await expect(dots.nth(0).locator('circle.pw-round-dots__on')).toHaveCount(2);
  await expect(dots.nth(1).locator('circle.pw-round-dots__on')).toHaveCount(4);
  await expect(dots.nth(1).locator('circle')).toHaveCount(4);
  await expect(comparison.getByRole('row')).toHaveCount(5);
  await expect(page.getByRole('region', { name: /Jouw resultaat/ }).locator('code')).toHaveText(/^N-HOHO-[A-Z]$/);
  await expectNoAxeViolations(page);
});

test('Opnieuw clears one round after confirmation and keeps the other', async ({ page }) => {
  await page.goto('/stellingen/');
  await waitForIslands(page);
  await page
    .getByRole('group', { name: 'Wat vind jij?' })
    .first()
    .getByRole('radio', { name: 'Eens', exact: true })
    .check();
  await page.getByRole('radio', { name: /Nameting/ }).check();
  await page.getByRole('group', { name: 'Wat vind jij?' }).first().getByRole('radio', { name: 'Oneens' }).check();

  await page.getByRole('button', { name: 'Opnieuw' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nameting opnieuw doen?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('group', { name: 'Wat vind jij?' }).first().getByRole('radio', { name: 'Oneens' }),
  ).toBeChecked();

  await page.getByRole('button', { name: 'Opnieuw' }).click();
  await dialog.getByRole('button', { name: 'Ja, wis deze ronde' }).click();
  await expect(
    page.getByRole('group', { name: 'Wat vind jij?' }).first().getByRole('radio', { name: 'Oneens' }),
  ).not.toBeChecked();
  await page.getByRole('radio', { name: /Voormeting/ }).check();
  await expect(
    page.getByRole('group', { name: 'Wat vind jij?' }).first().getByRole('radio', { name: 'Eens', exact: true }),
  ).toBeChecked();
});

test('without JavaScript every stelling shows the course position in a collapsed explanation', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/stellingen/');
  const details = page.locator('main details');
  await expect(details).toHaveCount(4);
  await expect(details.first()).not.toHaveAttribute('open', '');
  await details.first().locator('summary').click();
  // The explanation is in noscript, whose text Playwright's getByText does not search.
  await expect(details.first().locator('strong').first()).toHaveText('Standpunt van de cursus: Het hangt ervan af.');
  await expect(details.first().locator('strong').first()).toBeVisible();
  await context.close();
});
