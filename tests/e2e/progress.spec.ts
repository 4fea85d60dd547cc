import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './audit';
import { expect, test } from './failure-report';
import { waitForIslands } from './hydration';

test('progress across features can be exported, wiped and imported again', async ({ page }) => {
  await page.goto('/stellingen/');
  await waitForIslands(page);
  await page.getByRole('group', { name: 'Wat vind jij?' }).first().getByRole('radio', { name: 'Oneens' }).check();
  await page.goto('/lessen/01-pettenvraagstuk/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Het pettenvraagstuk');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('pettenwijzer:lessons')))
    .toContain('01-pettenvraagstuk');
  await page.goto('/scenarios/praktijkvoorbeeld-jeugd/');
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Je plant een gesprek met de ouders' }).click();
  await expect(page.getByRole('button', { name: 'Verder' })).toBeFocused();

  await page.goto('/voortgang/');
  await expect(page.getByText('Voormeting: 1 van 4 beantwoord.')).toBeVisible();
  await expect(page.locator('.pw-round-dots svg').first().locator('circle.pw-round-dots__on')).toHaveCount(1);
  await expect(page.getByRole('listitem').filter({ hasText: 'Daan en het wijkteam' })).toHaveText(
    'Daan en het wijkteam: bezig',
  );
  await expect(page.getByRole('row', { name: /1\. Het pettenvraagstuk ja/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Verder waar je was\s*Les 1: / })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Naar mijn gegevens' }).click();
  await expect(page.getByRole('table', { name: 'Wat deze browser bewaart' })).toContainText(
    'Antwoorden op de stellingen',
  );
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'pettenwijzer-export', formatVersion: 1 });
  expect(Object.keys(exported.sections).sort()).toEqual(['lessons', 'scenarios', 'stellingen']);

  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByText('Alles is gewist.')).toBeVisible();
  await page.goto('/voortgang/');
  await expect(page.getByText('Voormeting: 0 van 4 beantwoord.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Daan en het wijkteam' })).toHaveText(
    'Daan en het wijkteam: nog niet gespeeld',
  );
  await expect(page.getByRole('row', { name: /1\. Het pettenvraagstuk nee/ })).toBeVisible();
  await page.goto('/voortgang/gegevens/');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('pettenwijzer:')))).toEqual(
    [],
  );

  await page.getByLabel('Kies een exportbestand (.json)').setInputFiles(file);
  await expect(page.getByText('Antwoorden op de stellingen: wordt toegevoegd')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page.getByText('Het bestand is samengevoegd met je gegevens.')).toBeVisible();
  await page.goto('/voortgang/');
  await expect(page.getByText('Voormeting: 1 van 4 beantwoord.')).toBeVisible();
  await expect(page.getByRole('row', { name: /1\. Het pettenvraagstuk ja/ })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Daan en het wijkteam' })).toHaveText(
    'Daan en het wijkteam: bezig',
  );
});

test('a file that is not an export is refused with a reason and changes nothing', async ({ page }) => {
  await page.goto('/stellingen/');
  await waitForIslands(page);
  await page
    .getByRole('group', { name: 'Wat vind jij?' })
    .first()
    .getByRole('radio', { name: 'Eens', exact: true })
    .check();
  await page.goto('/voortgang/gegevens/');
  await page.getByLabel('Kies een exportbestand (.json)').setInputFiles({
    name: 'kapot.json',
    mimeType: 'application/json',
    buffer: Buffer.from('<img src=x onerror=alert(1)>'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'Dit bestand kan niet worden ingelezen. Dit is geen JSON-bestand. Kies een bestand dat je bij Exporteren hebt bewaard. Er is niets veranderd.',
  );
  await page.goto('/voortgang/');
  await expect(page.getByText('Voormeting: 1 van 4 beantwoord.')).toBeVisible();
});

test('corrupt data in one part is reported by name and leaves the other parts alone', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('planted')) return;
    sessionStorage.setItem('planted', 'yes');
    localStorage.setItem('pettenwijzer:quizzes', '{kapot');
    localStorage.setItem(
      'pettenwijzer:stellingen',
      JSON.stringify({ version: 1, data: { voormeting: { x: { position: 'eens' } }, nameting: {} } }),
    );
  });
  await page.goto('/voortgang/');
  await expect(page.getByText('Kennischecks: was beschadigd en is teruggezet naar leeg.')).toBeVisible();
  await expect(page.getByText('Voormeting: 1 van 4 beantwoord.')).toBeVisible();
});

test('the certificate is offered once every knowledge check is passed and prints on one A4 page', async ({ page }) => {
  await page.goto('/voortgang/certificaat/');
  await expect(
    page.getByText('Je deelnamebewijs is er zodra je de kennischeck van alle lessen hebt gehaald.'),
  ).toBeVisible();
  await expect(page.locator('.pw-notice li').first()).toHaveText('Het pettenvraagstuk');

  await page.goto('/lessen/');
  const quizzes = await page.evaluate(() =>
    [...document.querySelectorAll('astro-island')].map(
      (island) => JSON.parse(island.getAttribute('props') ?? '{}').quizId?.[1],
    ),
  );
  await page.evaluate((ids) => {
    const results = Object.fromEntries(
      ids.map((id) => [
        id,
        { questions: {}, result: { score: 4, max: 4, passed: true, completedAt: '2026-11-22T10:00:00Z' } },
      ]),
    );
    localStorage.setItem('pettenwijzer:quizzes', JSON.stringify({ version: 1, data: results }));
  }, quizzes);

  await page.goto('/voortgang/certificaat/');
  await page.getByLabel('Je naam op het deelnamebewijs').fill('Sanne de Vries');
  const certificate = page.getByRole('region', { name: 'Deelnamebewijs' });
  await expect(certificate).toContainText('Sanne de Vries');
  await expect(certificate).toContainText('Het pettenvraagstuk: kennischeck gehaald met 4 van 4 punten');
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});

test('two tabs open at once stay consistent', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/stellingen/');
  await second.goto('/stellingen/');
  await waitForIslands(first);
  await waitForIslands(second);
  await first.getByRole('group', { name: 'Wat vind jij?' }).first().getByRole('radio', { name: 'Oneens' }).check();
  await expect(
    second.getByRole('group', { name: 'Wat vind jij?' }).first().getByRole('radio', { name: 'Oneens' }),
  ).toBeChecked();
  await second
    .getByRole('group', { name: 'Wat vind jij?' })
    .nth(1)
    .getByRole('radio', { name: 'Eens', exact: true })
    .check();
  await expect(first.getByRole('region', { name: /Jouw resultaat/ })).toContainText(
    'Je hebt 2 van 4 stellingen beantwoord.',
  );
});
