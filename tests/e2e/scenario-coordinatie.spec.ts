import { expectNoAxeViolations } from './audit';
import { waitForIslands } from './hydration';
import { expect, test } from './reused-page';
import { chooseByKeyboard, expectEnding } from './scenario-keyboard';

// "Vier loketten, één gezin": coordinating without the Wams. Every ending is reached by keyboard only.
const scenarioPage = '/scenarios/coordinatie-zonder-wams/';

// Nine situations played by Tab and Enter take a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

const step = {
  uitleg: 'Je legt Nadia uit wat je als regisseur',
  regisseurHaaltAlles: 'Ik ben nu uw regisseur',
  eenDossier: 'Je stelt voor dat de gemeente één dossier',
  perPartij: 'Je schrijft samen op wat je per partij',
  semGevraagd: 'Je spreekt met Nadia en Sem samen af',
  semOvergeslagen: 'Je zegt tegen Iris dat Nadia al toestemming',
  geenGezondheid: 'Je zegt dat je niets over haar gezondheid vertelt',
  geenSollicitatie: 'Ze hoeft voorlopig niet te solliciteren',
  nadiaErbij: 'Nadia zit erbij',
  alleenAfspraken: 'Je zet alleen de afspraken',
  nietBeslissen: 'Je zegt dat jij dit niet beslist',
  geenVerlaging: 'Geen verlaging',
  respecteren: 'Je respecteert haar keuze',
  terugblik: 'Je loopt samen alles na',
};

async function play(page: import('@playwright/test').Page, route: string[]) {
  const feedback: string[] = [];
  for (const label of route) feedback.push(await chooseByKeyboard(page, label));
  return feedback;
}

test.beforeEach(async ({ page }) => {
  await page.goto(scenarioPage);
  await expect(page.getByRole('button', { name: step.uitleg })).toBeEnabled();
});

test('good ending: consent per party, Sem asked himself, every party keeps its own decisions', async ({ page }) => {
  const feedback = await play(page, [
    step.uitleg,
    step.perPartij,
    step.semGevraagd,
    step.geenGezondheid,
    step.nadiaErbij,
    step.alleenAfspraken,
    step.nietBeslissen,
    step.respecteren,
    step.terugblik,
  ]);
  expect(feedback[0]).toContain('Kamerstuk 36 295');
  expect(feedback[2]).toContain('12 tot 16 jaar');
  await expectEnding(page, 'Afgestemd, met Nadia aan het stuur', 'Goed');
  await expect(page.getByText('8 van 8 punten')).toBeVisible();
  await expect(page.locator('main')).toContainText('wetsvoorstel');
  await expectNoAxeViolations(page);
});

test('kan-beter ending: Sem (14) is not asked, and his jeugdhulpverlener cannot speak for him', async ({ page }) => {
  await play(page, [step.uitleg, step.perPartij]);
  const semFeedback = await chooseByKeyboard(page, step.semOvergeslagen, ' ');
  expect(semFeedback).toContain('Vanaf 12 jaar');
  await play(page, [step.geenGezondheid]);
  await expect(page.getByText('Over Sem kan ik niets zeggen')).toBeVisible();
  await play(page, [step.nadiaErbij, step.alleenAfspraken, step.nietBeslissen, step.respecteren, step.terugblik]);
  await expectEnding(page, 'Afgestemd, maar niet steeds binnen de grenzen', 'Kan beter');
});

test('risky ending: one dossier for the whole household', async ({ page }) => {
  await play(page, [
    step.eenDossier,
    step.perPartij,
    step.semGevraagd,
    step.geenGezondheid,
    step.nadiaErbij,
    step.alleenAfspraken,
    step.nietBeslissen,
  ]);
  await expect(page.getByText('gedeelde overzicht')).toBeVisible();
  await play(page, [step.respecteren, step.terugblik]);
  await expectEnding(page, 'Alles over het gezin op één plek', 'Riskant');
});

test("risky ending: the regisseur takes over other parties' decisions", async ({ page }) => {
  const feedback = await play(page, [
    step.regisseurHaaltAlles,
    step.perPartij,
    step.semGevraagd,
    step.geenSollicitatie,
    step.nadiaErbij,
    step.alleenAfspraken,
    step.geenVerlaging,
    step.respecteren,
    step.terugblik,
  ]);
  expect(feedback[6]).toContain('Bas');
  await expectEnding(page, 'Regisseur als baas over andermans hulp', 'Riskant');
  await expectNoAxeViolations(page);
});

test('the scenario is listed, has a map and a "Nog niet zeker" box, and is on the trainer scenario slide', async ({
  page,
}) => {
  await page.goto('/scenarios/');
  await expect(page.getByRole('link', { name: 'Vier loketten, één gezin' })).toBeVisible();
  await page.goto('/scenarios/coordinatie-zonder-wams/kaart/');
  await expect(page.locator('.pw-map__box')).toHaveCount(13);
  await expect(page.locator('.pw-map__box--riskant')).toHaveCount(2);
  await expect(page.getByRole('complementary', { name: 'Nog niet zeker' })).toContainText('18 februari 2026');
  await page.goto(scenarioPage);
  await expect(page.getByRole('complementary', { name: 'Nog niet zeker' })).toBeVisible();
  // The deck shows one slide at a time: step to the one that lists the scenarios.
  await page.goto('/trainer/presentatie/');
  await waitForIslands(page);
  const slide = page.getByRole('main').getByRole('region');
  const status = (await page.getByRole('status').textContent()) ?? '';
  const slideCount = Number(/van (\d+)/.exec(status)?.[1]);
  for (let step = 1; step < slideCount && !(await slide.textContent())?.includes('Vier loketten'); step += 1) {
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(page.getByRole('status')).toContainText(`${step + 1} van ${slideCount}`);
  }
  await expect(slide).toContainText('Vier loketten, één gezin (jij bent regisseur in het wijkteam');
});
