import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './audit';
import { waitForIslands } from './hydration';
import { expect, test } from './reused-page';

const attack = '<img src=x onerror=alert(1)>';

/** Fails the test when any script-driven dialog (alert, confirm) opens: typed text must never run. */
function forbidDialogs(page: Page): void {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected ${dialog.type()}: ${dialog.message()}`);
  });
}

/** Opens a tool page and waits until its island has hydrated, so typing is not lost to the first render. */
async function openTool(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForIslands(page);
}

async function download(page: Page, button: string): Promise<string> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await event).path(), 'utf8');
}

/** Prints the page as the browser would on A4 and checks the result is a non-empty A4 PDF. */
async function expectA4Print(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const text = pdf.toString('latin1');
  expect(pdf.length).toBeGreaterThan(5_000);
  const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  expect(Number(box?.[1])).toBeCloseTo(595, -1);
  expect(Number(box?.[2])).toBeCloseTo(842, -1);
  await page.emulateMedia({ media: 'screen' });
}

test('a filled canvas survives a reload, exports, re-imports and opens from its share link elsewhere', async ({
  page,
  browser,
}) => {
  forbidDialogs(page);
  await openTool(page, '/aan-de-slag/7xw/');
  await expect(page.getByRole('heading', { name: '2. Welk doel?' })).toBeVisible();
  await page.getByLabel('Naam van de overlegtafel').fill('Casusoverleg wijkteam Noord');
  await page.getByRole('textbox', { name: '1. Wat wil je?' }).fill('Samen bepalen welke hulp past.');
  await page.getByRole('textbox', { name: '2. Welk doel?' }).fill(attack);

  await page.reload();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(page.getByLabel('Naam van de overlegtafel')).toHaveValue('Casusoverleg wijkteam Noord');
  await expect(page.getByRole('textbox', { name: '2. Welk doel?' })).toHaveValue(attack);
  await expectNoAxeViolations(page);

  const markdown = await download(page, 'Exporteren als Markdown');
  expect(markdown).toContain('# 7×W: Casusoverleg wijkteam Noord');
  expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
  const json = await download(page, 'Exporteren als JSON');
  expect(JSON.parse(json)).toMatchObject({
    format: 'pettenwijzer-7xw-canvas',
    data: { name: 'Casusoverleg wijkteam Noord' },
  });

  const fileInput = page.getByLabel('Kies een 7×W-bestand (.json)');
  await fileInput.setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(attack) });
  await expect(page.getByRole('alert')).toHaveText(
    'Dit bestand kan niet worden ingelezen. Dit is geen JSON-bestand. Kies een bestand dat je hier met "Exporteren als JSON" hebt bewaard. Er is niets veranderd.',
  );
  await fileInput.setInputFiles({ name: 'canvas.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  const preview = page.locator('.pw-card', { hasText: 'Voorbeeld: dit staat in het bestand' });
  await expect(preview).toContainText(attack);
  await expect(preview.getByRole('radio', { name: 'Toevoegen als nieuw canvas' })).toBeChecked();
  await expectNoAxeViolations(page);
  await preview.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByText('Het canvas is toegevoegd en geopend.')).toBeVisible();
  await expect(page.getByLabel('Open canvas').locator('option')).toHaveText([
    'Casusoverleg wijkteam Noord',
    'Casusoverleg wijkteam Noord (2)',
  ]);

  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijder' }).click();
  await expect(page.getByText('Het canvas "Casusoverleg wijkteam Noord (2)" is verwijderd.')).toBeVisible();
  await expect(page.getByLabel('Open canvas').locator('option')).toHaveCount(1);
  await expect(page.locator('main img')).toHaveCount(0);

  await page.getByRole('button', { name: 'Deellink maken' }).click();
  const link = await page.getByLabel('Deellink voor "Casusoverleg wijkteam Noord"').inputValue();
  expect(link).toMatch(/\/aan-de-slag\/7xw\/#canvas=/);

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  forbidDialogs(other);
  await openTool(other, link);
  const shared = other.getByRole('region', { name: 'Gedeeld canvas' });
  await expect(shared).toContainText('Casusoverleg wijkteam Noord');
  await expect(shared).toContainText(attack);
  await expectNoAxeViolations(other);
  await shared.getByRole('button', { name: 'Bewaar als nieuw canvas' }).click();
  await expect(other.getByLabel('Naam van de overlegtafel')).toHaveValue('Casusoverleg wijkteam Noord');
  await expect(other.getByRole('textbox', { name: '1. Wat wil je?' })).toHaveValue('Samen bepalen welke hulp past.');
  expect(new URL(other.url()).hash).toBe('');

  await other.goto('/aan-de-slag/7xw/#canvas=kapotte-link');
  await expect(other.getByRole('alert')).toContainText('Deze deellink werkt niet. De deellink is beschadigd');
  await elsewhere.close();

  await expectA4Print(page);
});

test('the canvas prints on A4 with the answers as text and room to write where empty', async ({ page }) => {
  await openTool(page, '/aan-de-slag/7xw/');
  await page.getByLabel('Naam van de overlegtafel').fill('Regietafel');
  await page.getByRole('textbox', { name: '3. Welke partijen?' }).fill('Wijkteam en schuldhulp');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Overlegtafel: Regietafel')).toBeVisible();
  await expect(page.locator('.pw-canvas__print-answer').nth(2)).toHaveText('Wijkteam en schuldhulp');
  await expect(page.getByRole('textbox', { name: '3. Welke partijen?' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expectA4Print(page);
});

test('a completed zelfscan gives a profile, ranked gaps with next steps, a worksheet and exports', async ({ page }) => {
  forbidDialogs(page);
  await openTool(page, '/aan-de-slag/zelfscan/');
  const questions = page.getByRole('group').filter({ has: page.getByRole('radio') });
  await expect(questions).toHaveCount(11);
  // The first question asks whether staff struggle with the pets, so there "ja" is the answer that is a gap.
  const answers = ['Ja', 'Deels', 'Nee', 'Ja', 'Ja', 'Weet niet', 'Ja', 'Deels', 'Ja', 'Ja', 'Ja'];
  for (const [index, answer] of answers.entries()) {
    await questions.nth(index).getByRole('radio', { name: answer, exact: true }).check();
  }
  await questions.first().getByLabel('Toelichting (niet verplicht)').fill(attack);
  await expect(page.getByText('Je hebt 11 van de 11 vragen beantwoord.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Bekijk je resultaat' }).click();
  await expect(page).toHaveURL(/\/aan-de-slag\/zelfscan\/resultaat\/$/);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  const profile = page.getByRole('table', { name: 'Hoe staat je organisatie ervoor per thema?' });
  await expect(profile.getByRole('row', { name: /Medewerkers en hun werk 1 van 4 Aandacht nodig/ })).toBeVisible();
  await expect(profile.getByRole('row', { name: /Systemen, dossiers en toegang 4 van 4 Op orde/ })).toBeVisible();
  // Ranked by severity times weight: "nee" on a weight-3 question first, then "ja" on the struggle question
  // (weight 2) and "weet niet" on a weight-3 question, both 6, in scan order.
  await expect(page.locator('.pw-gap > h3')).toHaveText([
    'Is het voor inwoners duidelijk welke pet hun gesprekspartner op heeft?',
    'Hebben onze medewerkers, ook die van het wijkteam, last van het pettenvraagstuk?',
    'Is er een overzicht van welke persoonsgegevens we verwerken, voor welke doelen en op basis van welke taken?',
    'Kunnen professionals werken volgens hun professionele standaarden en hun beroepscode?',
    'Staat in de werkinstructies concreet welk werk onder welke taak valt, en wat dat betekent voor de gegevens?',
  ]);
  // "Weet niet": first how to find out, then the steps from the beleidskeuzes.
  await expect(page.locator('.pw-gap').nth(2).getByRole('listitem').first()).toHaveText(
    'Vraag de privacy officer of de functionaris gegevensbescherming of het register van verwerkingen dit per taak laat zien.',
  );
  await expect(page.locator('.pw-gap').nth(1)).toContainText(`Je toelichting: ${attack}`);
  await expect(page.locator('main img')).toHaveCount(0);

  await page.locator('.pw-gap').nth(1).getByLabel('Voordelen van de beleidskeuze').fill('Minder twijfel in het team');
  await expectNoAxeViolations(page);

  const markdown = await download(page, 'Exporteren als Markdown');
  expect(markdown).toContain('| Medewerkers en hun werk | 1 van 4 | Aandacht nodig |');
  expect(markdown).toContain('- Voordelen van de beleidskeuze: Minder twijfel in het team');
  const json = await download(page, 'Exporteren als JSON');
  expect(JSON.parse(json)).toMatchObject({ format: 'pettenwijzer-zelfscan', formatVersion: 1 });

  const fileInput = page.getByLabel('Kies een zelfscan-bestand (.json)');
  await fileInput.setInputFiles({
    name: 'nieuwer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...JSON.parse(json), formatVersion: 9 })),
  });
  await expect(page.getByRole('alert')).toContainText('Dit bestand komt van een nieuwere versie van Pettenwijzer.');
  await fileInput.setInputFiles({ name: 'zelfscan.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByText('Let op: dit vervangt je huidige zelfscan (11 vragen beantwoord).')).toBeVisible();
  await page.getByRole('button', { name: 'Vervangen' }).click();
  await expect(page.getByText('De zelfscan uit het bestand is ingelezen.')).toBeVisible();

  await expectA4Print(page);

  await openTool(page, '/aan-de-slag/zelfscan/');
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, wis de zelfscan' }).click();
  await expect(page.getByText('Je hebt 0 van de 11 vragen beantwoord.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('pettenwijzer:zelfscan'))).toBeNull();
});
