import { expect, test } from './reused-page';
import { chooseByKeyboard, expectEnding } from './scenario-keyboard';

// The ZVH case: an acute arson threat does not wait for the casusoverleg (review point H3).
const scenarioPage = '/scenarios/casusoverleg-zvh/';
const call112 = 'Je belt direct 112';
const wait = 'Je wacht tot het overleg van één uur';

// Nine situations played by Tab and Enter take a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  await page.goto(scenarioPage);
  await chooseByKeyboard(page, 'Je vraagt eerst wat het doel');
  await chooseByKeyboard(page, 'Je spreekt precies met Kees af');
  await expect(page.locator('#pw-situation-title')).toHaveText('Een telefoontje op de ochtend van het overleg');
});

test('at dreiging the 112 choice is offered and is the best path, to a good ending with full score', async ({
  page,
}) => {
  await expect(page.getByRole('button', { name: call112 })).toBeVisible();
  const feedback = await chooseByKeyboard(page, call112);
  expect(feedback).toContain('acuut gevaar');
  expect(feedback).toContain('conflict van plichten');
  for (const label of [
    'Je zegt dat je de begeleider van Kees bent',
    'Je zegt dat je daar niets over kunt zeggen',
    'Je vertelt kort dat je vanochtend 112 hebt gebeld',
    'Je vraagt de procesregisseur',
    'Je vertelt wat er besproken is',
    'Je loopt samen alles na',
  ]) {
    await chooseByKeyboard(page, label);
  }
  await expectEnding(page, 'Hulpverlener aan tafel, met heldere grenzen', 'Goed');
  await expect(page.getByText('9 van 9 punten')).toBeVisible();
  await expect(page.locator('main')).toContainText('De WGS geldt sinds 1 maart 2025');
});

test('waiting for the overleg is marked risky in its feedback and leads to a risky ending', async ({ page }) => {
  const feedback = await chooseByKeyboard(page, wait);
  expect(feedback).toContain('riskant');
  expect(feedback).toContain('112');
  await expect(page.getByText('Je hebt nog niemand over het telefoontje')).toBeVisible();
  for (const label of [
    'Je zegt dat je de begeleider van Kees bent',
    'Je zegt dat je daar niets over kunt zeggen',
    'Je vertelt nu over het telefoontje en de jerrycans',
    'Je vraagt de procesregisseur',
    'Je vertelt wat er besproken is',
    'Je loopt samen alles na',
  ]) {
    await chooseByKeyboard(page, label);
  }
  await expectEnding(page, 'Gewacht op het overleg, terwijl er acuut gevaar was', 'Riskant');
});
