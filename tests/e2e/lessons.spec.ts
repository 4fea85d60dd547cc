import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './audit';
import { hydrateAllIslands } from './hydration';
import { checkByKeyboard } from './quiz-keyboard';
import { expect, test } from './reused-page';

const lessonTitles = [
  'Het pettenvraagstuk',
  'De spagaat',
  'Wettelijke taak, beroepsgeheim en beroepscode',
  'Drie taken: toeleiding, hulpverlening en coördinatie',
  'Meldrechten en meldplichten',
  'Overlegtafels',
  'Beleidskeuzes en inrichting',
  'Aan de slag en kernboodschappen',
];

const lessonFive = '/lessen/05-meldrechten-meldplichten/';

/** Ticks a radio button or checkbox by focusing it and pressing Space. */
async function tickByKeyboard(page: Page, control: Locator) {
  await control.focus();
  await page.keyboard.press('Space');
  await expect(control).toBeChecked();
}

test('a participant follows the learning path from lesson 1 to 8 by the Volgende les links', async ({ page }) => {
  await page.goto('/lessen/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessen');
  await page.getByRole('link', { name: lessonTitles[0] }).click();

  for (const [index, title] of lessonTitles.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText(`Les ${index + 1} van ${lessonTitles.length}`)).toBeVisible();
    await expect(
      page.locator('p', { hasText: /^\s*Laatst gecontroleerd op \d{1,2} \p{L}+ \d{4}\.\s*$/u }),
    ).toBeVisible();
    const pager = page.getByRole('navigation', { name: 'Vorige en volgende les' });
    const next = pager.getByRole('link', { name: /^Volgende les:/ });
    if (index < lessonTitles.length - 1) {
      await expect(next).toHaveText(`Volgende les: ${lessonTitles[index + 1]}`);
      await next.click();
    } else {
      await expect(next).toHaveCount(0);
      await expect(pager.getByRole('link', { name: 'Naar je voortgang' })).toBeVisible();
    }
  }
});

test('the knowledge check of lesson 5 can be finished by keyboard and its result is stored', async ({ page }) => {
  await page.goto(lessonFive);
  const check = page.getByRole('region', { name: 'Kennischeck: meldrechten en meldplichten' });
  const question = (n: number) => check.getByRole('region', { name: `Vraag ${n}`, exact: true });
  // Each question hydrates when it scrolls into view (client:visible-yielding).
  await hydrateAllIslands(page);
  await expect(question(1).getByRole('button', { name: 'Controleer' })).toBeVisible();

  await tickByKeyboard(page, question(1).getByRole('radio', { name: /mag je melden, bij een meldplicht moet/ }));
  await checkByKeyboard(page, question(1), 'Goed!');
  for (const name of [/zonder toestemming van de ouders/, /alleen de informatie die nodig is/, /afweging op/]) {
    await tickByKeyboard(page, question(2).getByRole('checkbox', { name }));
  }
  await checkByKeyboard(page, question(2), 'Goed!');
  await tickByKeyboard(page, question(3).getByRole('radio', { name: /Je moet de nodige informatie geven/ }));
  await checkByKeyboard(page, question(3), 'Goed!');
  await tickByKeyboard(page, question(4).getByRole('radio', { name: 'Alleen dat jij betrokken bent bij de jongere' }));
  await checkByKeyboard(page, question(4), 'Goed!');
  await tickByKeyboard(page, question(5).getByRole('radio', { name: /Dat je de stappen volgt/ }));
  await checkByKeyboard(page, question(5), 'Goed!');
  for (const name of [/acute of structurele onveiligheid/, /niet om zelf hulp te geven/, /stopt niet of komt terug/]) {
    await tickByKeyboard(page, question(6).getByRole('checkbox', { name }));
  }
  await checkByKeyboard(page, question(6), 'Goed!');
  await tickByKeyboard(page, question(7).getByRole('radio', { name: /aangewezen meldingsbevoegde/ }));
  await checkByKeyboard(page, question(7), 'Goed!');

  const summary = check.locator('.pw-quiz__summary');
  await expect(summary).toContainText('Je score: 11 van 11 punten');
  await expect(summary).toContainText('Gehaald!');
  // The result is stored (for the progress overview and certificate), not only shown.
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('pettenwijzer:quizzes') ?? '{}').data?.['les-05']))
    .toMatchObject({ result: { score: 11, max: 11, passed: true } });

  await page.reload();
  const reloaded = page.getByRole('region', { name: 'Kennischeck: meldrechten en meldplichten' });
  await reloaded.scrollIntoViewIfNeeded();
  await expect(reloaded.locator('.pw-quiz__summary')).toContainText('Je score: 11 van 11 punten');
});

test('a question of a knowledge check hydrates when it scrolls into view, not with the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(lessonFive);
  const check = page.getByRole('region', { name: 'Kennischeck: meldrechten en meldplichten' });
  const island = (n: number) =>
    check.locator('astro-island').filter({ has: page.getByRole('region', { name: `Vraag ${n}`, exact: true }) });
  // The score below the questions hydrates with the page, as it stores the result.
  await expect(check.locator('astro-island[component-export="QuizScore"]')).not.toHaveAttribute('ssr');
  await expect(island(1)).toHaveAttribute('ssr');
  await island(1).locator('section').first().scrollIntoViewIfNeeded();
  await expect(island(1)).not.toHaveAttribute('ssr');
  await expect(
    check.getByRole('region', { name: 'Vraag 1', exact: true }).getByRole('button', { name: 'Controleer' }),
  ).toBeVisible();
  await expect(island(7)).toHaveAttribute('ssr');
});

test('a Begrip opens its definition by keyboard and links to the glossary', async ({ page }) => {
  await page.goto(lessonFive);
  const term = page.getByRole('button', { name: 'meldrecht', exact: true }).first();
  await term.focus();
  await page.keyboard.press('Enter');
  const popover = page.locator('.pw-begrip__popover:popover-open');
  await expect(popover).toHaveCount(1);
  await expect(popover).toContainText('Meldrecht:');
  await expectNoAxeViolations(page);

  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(term).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const glossaryLink = page.locator('.pw-begrip__popover:popover-open').getByRole('link', {
    name: 'Meer in de begrippenlijst',
  });
  await expect(glossaryLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/begrippen\/#meldrecht$/);
});

test('the meldrechten table keeps its headers and fits a 360 pixel screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(lessonFive);
  const table = page.getByRole('table', { name: 'Meldrechten en meldplichten in het sociaal domein' });
  await expect(table.getByRole('rowheader', { name: 'Conflict van plichten' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Recht of plicht' })).toHaveCount(1);
  // Below 40rem every cell shows its column header as a label before the value.
  const kindCell = table
    .getByRole('row', { name: /Informatie bij een ondertoezichtstelling/ })
    .getByRole('cell')
    .first();
  await expect(kindCell).toHaveText('Recht en plicht');
  expect(await kindCell.evaluate((cell) => getComputedStyle(cell, '::before').content)).toContain('Recht of plicht');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('lesson 4 dates the status of the Wams, points to the dossier and lists what is not certain', async ({ page }) => {
  await page.goto('/lessen/04-drie-taken-wams/');
  const status = page.locator('.pw-wetstatus');
  await expect(status).toContainText(
    'Op 18 februari 2026 was de Wams (Kamerstuk 36 295) een wetsvoorstel en nog geen wet.',
  );
  await expect(status).toContainText('Wat er na 18 februari 2026 is gebeurd, weten we niet.');
  await expect(status.getByRole('link', { name: 'tweedekamer.nl, dossier 36 295' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.tweedekamer\.nl\/.*36295/,
  );
  await expect(page.getByText('Deze stand is gecontroleerd op')).toHaveCount(0);
  await expect(page.getByText('We beschrijven het voorstel zoals het in 2023 is ingediend.')).toBeVisible();

  const unsure = page.getByRole('complementary', { name: 'Nog niet zeker' });
  await expect(unsure.getByRole('listitem').filter({ hasText: /^Wams: Wat er na 18 februari 2026/ })).toHaveCount(1);
  await expect(unsure.getByRole('listitem').filter({ hasText: 'controversieel' })).not.toHaveCount(0);
  await expect(page.locator('p', { hasText: /^\s*Laatst gecontroleerd op 1 december 2026\.\s*$/ })).toBeVisible();
});
