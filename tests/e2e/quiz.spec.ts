import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './audit';
import { hydrateAllIslands } from './hydration';
import { checkByKeyboard } from './quiz-keyboard';
import { expect, test } from './reused-page';

const quizPage = '/kennischecks/oefenset-petten/';
const question = (page: Page, n: number) => page.getByRole('region', { name: `Vraag ${n}`, exact: true });

/** Presses Opnieuw proberen and waits until the question can be answered again. */
async function retry(block: Locator) {
  await block.getByRole('button', { name: 'Opnieuw proberen' }).press('Enter');
  await expect(block.getByRole('button', { name: 'Controleer' })).toBeVisible();
}

async function chooseByKeyboard(page: Page, select: Locator, optionLabel: string) {
  await select.focus();
  const options = await select.locator('option').allTextContents();
  await page.keyboard.press('Home');
  for (let index = 0; index < options.indexOf(optionLabel); index++) await page.keyboard.press('ArrowDown');
  await expect(select.locator('option:checked')).toHaveText(optionLabel);
}

test.beforeEach(async ({ page }) => {
  await page.goto(quizPage);
  // Each question hydrates when it scrolls into view; an answer given before that would be lost to the first render.
  await hydrateAllIslands(page);
  await expect(question(page, 1).getByRole('button', { name: 'Controleer' })).toBeVisible();
});

test('een antwoord: wrong, then right after Opnieuw proberen; the answer can be shown after two tries', async ({
  page,
}) => {
  const block = question(page, 1);
  await block.getByRole('radio', { name: 'Wie je werkgever is' }).focus();
  await page.keyboard.press('Space');
  await checkByKeyboard(page, block, 'Nog niet helemaal: 0 van 1 punten.');
  await expect(block).toContainText('✗ Niet goed Nee. Bij dezelfde werkgever');
  await expect(block).not.toContainText('Klopt. Toeleiding, hulpverlening en coördinatie');
  await expectNoAxeViolations(page);

  await retry(block);
  await block.getByRole('radio', { name: 'Je functietitel' }).check();
  await checkByKeyboard(page, block, 'Nog niet helemaal: 0 van 1 punten.');
  await block.getByRole('button', { name: 'Toon het goede antwoord' }).press('Enter');
  await expect(block.getByRole('region', { name: 'Het goede antwoord' })).toContainText(
    'De taak die je op dat moment uitvoert',
  );

  await retry(block);
  await block.getByRole('radio', { name: 'De taak die je op dat moment uitvoert' }).focus();
  await page.keyboard.press('Space');
  await checkByKeyboard(page, block, 'Goed!');
});

test('meerdere antwoorden: everything selected scores nothing, the right two score full marks', async ({ page }) => {
  const block = question(page, 2);
  for (const box of await block.getByRole('checkbox').all()) {
    await box.focus();
    await page.keyboard.press('Space');
  }
  await checkByKeyboard(page, block, 'Nog niet helemaal: 0 van 2 punten.');
  await retry(block);
  for (const name of [/beroepscode geldt ook/, /hoort bij de hulpverlenerspet/]) {
    await block.getByRole('checkbox', { name }).focus();
    await page.keyboard.press('Space');
  }
  await checkByKeyboard(page, block, 'Goed!');
});

test('indelen: a partly right classification scores per item, with selects only', async ({ page }) => {
  const block = question(page, 3);
  const selects = block.getByRole('combobox');
  await chooseByKeyboard(page, selects.nth(0), 'Toeleiding (gemeentepet)');
  await chooseByKeyboard(page, selects.nth(1), 'Hulpverlening (hulpverlenerspet)');
  await chooseByKeyboard(page, selects.nth(2), 'Toeleiding (gemeentepet)');
  await chooseByKeyboard(page, selects.nth(3), 'Toeleiding (gemeentepet)');
  await checkByKeyboard(page, block, 'Nog niet helemaal: 3 van 4 punten.');
  await expect(block).toContainText('✗ Niet goed Lopende hulp op elkaar afstemmen is coördinatie.');
  await expectNoAxeViolations(page);
  await retry(block);
  await chooseByKeyboard(page, selects.nth(0), 'Toeleiding (gemeentepet)');
  await chooseByKeyboard(page, selects.nth(1), 'Hulpverlening (hulpverlenerspet)');
  await chooseByKeyboard(page, selects.nth(2), 'Coördinatie');
  await chooseByKeyboard(page, selects.nth(3), 'Toeleiding (gemeentepet)');
  await checkByKeyboard(page, block, 'Goed!');
});

test('volgorde: steps move with Omhoog and Omlaag, each move is announced, and the order is scored', async ({
  page,
}) => {
  const block = question(page, 4);
  await checkByKeyboard(page, block, /Nog niet helemaal/);
  await retry(block);

  const wanted = [
    'Wat wil je?',
    'Welk doel heb je?',
    'Welke partijen zijn erbij nodig?',
    'Welke taken voeren die partijen uit?',
    'Welk werkproces volg je, en wat zijn de doelen per fase?',
  ];
  for (const [target, label] of wanted.entries()) {
    const place = async () => (await block.locator('.pw-quiz__step').allTextContents()).indexOf(label);
    for (let at = await place(); at > target; at--) {
      await block.getByRole('button', { name: `${label} omhoog` }).press('Enter');
      await expect.poll(place).toBe(at - 1);
    }
  }
  await expect(block.getByRole('status')).toContainText('staat nu op plek');
  await expect(block.locator('.pw-quiz__step')).toHaveText(wanted);
  await checkByKeyboard(page, block, 'Goed!');
});

test('koppelen: swapped partners score nothing, the right partners score full marks', async ({ page }) => {
  const block = question(page, 5);
  const selects = block.getByRole('combobox');
  await chooseByKeyboard(page, selects.nth(0), 'Burgerlijk Wetboek, artikel 1:240');
  await chooseByKeyboard(page, selects.nth(1), 'Wmo 2015, artikel 5.2.6');
  await chooseByKeyboard(page, selects.nth(2), 'Participatiewet, artikel 17');
  await checkByKeyboard(page, block, 'Nog niet helemaal: 0 van 3 punten.');
  await retry(block);
  await chooseByKeyboard(page, selects.nth(0), 'Wmo 2015, artikel 5.2.6');
  await chooseByKeyboard(page, selects.nth(1), 'Burgerlijk Wetboek, artikel 1:240');
  await chooseByKeyboard(page, selects.nth(2), 'Jeugdwet, artikel 7.3.11');
  await checkByKeyboard(page, block, 'Goed!');
});

test('the quiz result appears once every question is checked and survives a reload', async ({ page }) => {
  await question(page, 1).getByRole('radio', { name: 'De taak die je op dat moment uitvoert' }).check();
  await question(page, 2)
    .getByRole('checkbox', { name: /beroepscode geldt ook/ })
    .check();
  for (const n of [1, 2, 3, 4, 5]) await question(page, n).getByRole('button', { name: 'Controleer' }).click();
  const summary = page.locator('.pw-quiz__summary');
  await expect(summary).toContainText(/Je score: \d+ van 14 punten/);
  await expect(summary).toContainText('Nog niet gehaald: je hebt 70% nodig.');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.locator('.pw-quiz__summary')).toContainText(/Je score: \d+ van 14 punten/);
  await hydrateAllIslands(page);
  await expect(question(page, 1).getByRole('heading', { level: 4 })).toHaveText('Goed!');
});
