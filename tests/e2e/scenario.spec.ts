import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './audit';
import { expect, test } from './reused-page';

const scenarioPage = '/scenarios/praktijkvoorbeeld-jeugd/';
const situationHeading = (page: Page) => page.locator('#pw-situation-title');

/** Chooses by keyboard, checks the feedback is announced with focus on Verder, then goes on by keyboard. */
async function choose(page: Page, label: string | RegExp, { proceed = true } = {}) {
  await page.getByRole('button', { name: label }).focus();
  await page.keyboard.press('Enter');
  const verder = page.getByRole('button', { name: 'Verder' });
  await expect(verder).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Jouw keuze' })).toBeVisible();
  if (proceed) await page.keyboard.press('Enter');
}

const goodRoute = [
  'Je plant een gesprek met de ouders',
  'Je legt alleen vast wat nodig is',
  'Je vertelt de ouders dat je nu hun hulpverlener bent',
  'Je zegt dat je niets over het gezin kunt vertellen',
  'Je bespreekt met de ouders welke informatie',
  'Je volgt de stappen van de meldcode',
  'Je loopt samen het traject door',
];

test.beforeEach(async ({ page }) => {
  await page.goto(scenarioPage);
  await expect(page.getByRole('button', { name: goodRoute[0] })).toBeEnabled();
});

test('played by keyboard to a good ending, with the score, the pet and the route report', async ({ page }) => {
  for (const [index, label] of goodRoute.entries()) {
    await choose(page, label);
    if (index < goodRoute.length - 1) await expect(situationHeading(page)).toBeFocused();
  }
  const ending = page.locator('#pw-ending-title');
  await expect(ending).toHaveText('Afloop: Steeds de juiste pet');
  await expect(ending).toBeFocused();
  await expect(page.getByText('Beoordeling: Goed', { exact: true })).toBeVisible();
  await expect(page.getByText('7 van 7 punten')).toBeVisible();
  const route = page.getByRole('region', { name: 'Jouw route' });
  await expect(route.getByRole('listitem')).toHaveCount(7);
  await expect(route.getByRole('listitem').nth(2)).toContainText('De gemeente besluit: Je vertelt de ouders');
  await expect(route.getByRole('listitem').nth(2)).toContainText('Hulpverlenerspet');
  await expect(route).toContainText('Gemeentepet (2×), Hulpverlenerspet (4×)');
  await expect(page.locator('.pw-ending').getByRole('link', { name: 'Het Pettenkompas' })).toHaveAttribute(
    'href',
    '/kompas/',
  );
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(route).toBeVisible();
  await expect(page.getByRole('button', { name: 'Route afdrukken' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/scenarios/');
  await expect(page.getByText('Gespeeld, laatste afloop: Goed')).toBeVisible();
  await page.goto('/voortgang/');
  await expect(page.locator('main')).not.toContainText('Speel het scenario: Daan en het wijkteam');
});

test('an earlier choice opens a risky branch; Stap terug and Opnieuw beginnen undo it', async ({ page }) => {
  await choose(page, 'Je belt eerst de school en de huisarts');
  await expect(page.getByText('Hoe weet u eigenlijk dat Daan naar huis is gestuurd?')).toBeVisible();
  await expectNoAxeViolations(page);
  await choose(page, 'Je vult alle leefgebieden in');
  await choose(page, 'Je werkt gewoon verder in hetzelfde dossier');
  await choose(page, 'Je vertelt kort hoe zwaar het thuis is');
  await choose(page, 'Je stuurt het hele dossier door');
  await choose(page, 'Je belt de school en de consulent van Werk en inkomen');
  await expect(page.locator('#pw-ending-title')).toHaveText('Afloop: Vermoedens rondgebeld');
  await expect(page.getByText('Beoordeling: Riskant', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Stap terug' }).press('Enter');
  await expect(situationHeading(page)).toHaveText('Blauwe plekken');
  await expect(situationHeading(page)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Je belt de school en de consulent' })).toBeVisible();

  await page.getByRole('button', { name: 'Opnieuw beginnen' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Opnieuw beginnen?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(situationHeading(page)).toHaveText('Blauwe plekken');
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).press('Enter');
  await dialog.getByRole('button', { name: 'Ja, begin opnieuw' }).press('Enter');
  await expect(situationHeading(page)).toHaveText('De ouders melden zich');
  await expect(situationHeading(page)).toBeFocused();
  await choose(page, goodRoute[0] as string);
  await choose(page, goodRoute[1] as string);
  await expect(page.getByText('Hoe weet u eigenlijk')).toHaveCount(0);
});

test('leaving and coming back resumes at the same situation', async ({ page }) => {
  await choose(page, goodRoute[0] as string);
  await choose(page, goodRoute[1] as string);
  await expect(situationHeading(page)).toHaveText('De gemeente besluit');
  await page.reload();
  await expect(situationHeading(page)).toHaveText('De gemeente besluit');
  await expect(page.getByText('Situatie 3')).toBeVisible();
  await page.goto('/scenarios/');
  await expect(page.getByText('Bezig')).toBeVisible();
});

test('without JavaScript the first situation and the whole story in text are readable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(scenarioPage);
  await expect(situationHeading(page)).toHaveText('De ouders melden zich');
  await page.getByText('Het hele verhaal in tekst').click();
  await expect(page.locator('.pw-outline')).toContainText('Afloop: Steeds de juiste pet (beoordeling: Goed)');
  await context.close();
});

test('the map draws every situation and ending, with the outline as its text version', async ({ page }) => {
  await page.goto('/scenarios/praktijkvoorbeeld-jeugd/kaart/');
  await expect(page.locator('.pw-map__box')).toHaveCount(11);
  await expect(page.locator('.pw-map__box--riskant')).toHaveCount(2);
  await expect(page.locator('.pw-map__edge--conditional')).toHaveCount(4);
  await expect(page.getByRole('img', { name: /Kaart van het scenario Daan en het wijkteam/ })).toBeVisible();
  await page.getByRole('link', { name: 'Blauwe plekken' }).first().click();
  await expect(page).toHaveURL(/#kaart-signalen$/);
  await expectNoAxeViolations(page);
});
