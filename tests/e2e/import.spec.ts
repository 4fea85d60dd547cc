import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectedSectionIds, storedSamples, wrongShape } from '../fixtures/stored-sections';
import { expectNoAxeViolations } from './audit';
import { waitForIslands } from './hydration';
import { expect, test } from './reused-page';

// Every section a store keeps, with the Dutch name the learner sees, read from the stores so a new one is covered.
const storesDir = new URL('../../src/stores/', import.meta.url);
const sections = readdirSync(storesDir)
  .map((name) => readFileSync(new URL(name, storesDir), 'utf8'))
  .flatMap((code) => [...code.matchAll(/persistentSection<[\s\S]*?\bid: '([^']+)',\s*label: (['"])(.+?)\2,/g)])
  .map((match) => ({ id: match[1] ?? '', label: match[3] ?? '' }));

test('the list of stored sections is read from the stores', () => {
  expect(sections.map((section) => section.id).sort()).toEqual(expectedSectionIds);
});

const stellingAnswers = ['Eens', 'Oneens', 'Het hangt ervan af', 'Eens'];
const modes = ['Samenvoegen met wat er nu staat', 'Alles vervangen door het bestand'];

/** Stores real data for one section: the stellingen by answering all four, the others as a valid stored value. */
async function storeRealData(page: Page, sectionId: string): Promise<void> {
  if (sectionId === 'stellingen') {
    await page.goto('/stellingen/');
    await waitForIslands(page);
    for (const [index, label] of stellingAnswers.entries()) {
      await page
        .getByRole('group', { name: 'Wat vind jij?' })
        .nth(index)
        .getByRole('radio', { name: label, exact: true })
        .check();
    }
    await expect(page.getByRole('region', { name: /Jouw resultaat/ })).toContainText('Je hebt 4 van 4 stellingen');
    return;
  }
  const sample = storedSamples[sectionId];
  if (!sample) throw new Error(`tests/fixtures/stored-sections.ts has no sample for the section "${sectionId}"`);
  await page.goto('/voortgang/gegevens/');
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: `pettenwijzer:${sectionId}`,
    value: JSON.stringify({ version: 1, data: sample.stored }),
  });
}

const storedValue = (page: Page, sectionId: string) =>
  page.evaluate((key) => localStorage.getItem(key), `pettenwijzer:${sectionId}`);

for (const { id, label } of sections) {
  test(`a file whose ${id} data has the wrong shape is refused by name, and the stored ${id} data stays byte for byte`, async ({
    page,
  }) => {
    await storeRealData(page, id);
    await page.goto('/voortgang/gegevens/');
    await expect(page.getByRole('table', { name: 'Wat deze browser bewaart' })).toContainText(label);
    await expect(page.getByText(/teruggezet naar leeg|nieuwere versie van deze site/)).toHaveCount(0);
    const before = await storedValue(page, id);
    expect(before).not.toBeNull();

    // Beside the broken section the file holds a good one, which is still imported.
    const goodId = id === 'lessons' ? 'certificaat' : 'lessons';
    const good = { version: 1, data: storedSamples[goodId]?.other };
    const file = {
      format: 'pettenwijzer-export',
      formatVersion: 1,
      exportedAt: '2026-11-22T10:00:00.000Z',
      sections: { [id]: { version: 1, data: wrongShape }, [goodId]: good },
    };
    const preview = page.locator('.pw-card').filter({ has: page.getByRole('heading', { name: 'Voorbeeld' }) });

    for (const mode of modes) {
      await page.getByLabel('Kies een exportbestand (.json)').setInputFiles({
        name: 'pettenwijzer-gegevens.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      });
      await page.getByRole('radio', { name: mode }).check();
      await expect(preview.getByRole('listitem').filter({ hasText: label })).toHaveText(
        `${label}: wordt niet ingelezen, want de gegevens in het bestand hebben niet de vorm die deze site kent. Wat er nu staat, blijft bewaard.`,
      );
      await page.getByRole('button', { name: 'Toepassen' }).click();
      await expect(preview).toHaveCount(0);
      await expect(page.getByText('Wat niet kon worden ingelezen, is gebleven zoals het was.')).toBeVisible();
      expect(await storedValue(page, id), `${id} after "${mode}"`).toBe(before);
      expect(await storedValue(page, goodId), `${goodId} after "${mode}"`).toBe(JSON.stringify(good));
    }

    await page.reload();
    await expect(page.getByRole('table', { name: 'Wat deze browser bewaart' })).toContainText(label);
    await expect(page.getByText(/teruggezet naar leeg/)).toHaveCount(0);
    expect(await storedValue(page, id)).toBe(before);

    if (id === 'stellingen') {
      await page.goto('/stellingen/');
      await waitForIslands(page);
      for (const [index, answer] of stellingAnswers.entries()) {
        await expect(
          page
            .getByRole('group', { name: 'Wat vind jij?' })
            .nth(index)
            .getByRole('radio', { name: answer, exact: true }),
        ).toBeChecked();
      }
    }
  });
}

const refusedFiles: [string, string | Buffer, string][] = [
  ['not JSON', 'geen json', 'Dit is geen JSON-bestand.'],
  [
    'JSON of another program',
    JSON.stringify({ format: 'ander-programma', sections: {} }),
    'geen export van Pettenwijzer',
  ],
  ['one stored value instead of an export', JSON.stringify({ version: 1, data: {} }), 'geen export van Pettenwijzer'],
  ['a file of one tool', JSON.stringify({ format: 'pettenwijzer-7xw-canvas', formatVersion: 1 }), 'Aan de slag'],
  ['over 5 MB', Buffer.alloc(6_000_000, 32), 'Het bestand is te groot (meer dan 5 MB).'],
  ['over 1 MB', `"${'x'.repeat(1_200_000)}"`, 'Het bestand is te groot (meer dan 1 MB).'],
];

for (const [kind, content, reason] of refusedFiles) {
  test(`a file that is ${kind} is refused with its reason and nothing changes`, async ({ page }, testInfo) => {
    await storeRealData(page, 'certificaat');
    await page.goto('/voortgang/gegevens/');
    const before = await storedValue(page, 'certificaat');
    // Chosen from disk, as a learner would: sending megabytes through the test protocol is slow.
    const file = testInfo.outputPath('bestand.json');
    writeFileSync(file, content);
    await page.getByLabel('Kies een exportbestand (.json)').setInputFiles(file);
    await expect(page.getByRole('alert')).toContainText(reason);
    await expect(page.getByRole('alert')).toContainText('Er is niets veranderd.');
    await expect(page.getByRole('button', { name: 'Toepassen' })).toHaveCount(0);
    expect(await storedValue(page, 'certificaat')).toBe(before);
  });
}

test('sections this site does not know, or from a newer version, are listed and not stored', async ({ page }) => {
  await page.goto('/voortgang/gegevens/');
  const file = {
    format: 'pettenwijzer-export',
    formatVersion: 1,
    exportedAt: '2026-11-22T10:00:00.000Z',
    sections: {
      geheim: { version: 1, data: { x: 1 } },
      certificaat: { version: 1, data: storedSamples.certificaat?.stored },
      quizzes: { version: 7, data: {} },
    },
  };
  await page.getByLabel('Kies een exportbestand (.json)').setInputFiles({
    name: 'export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByText('geheim: onbekend onderdeel, wordt overgeslagen.')).toBeVisible();
  await expect(page.getByText('Naam op je deelnamebewijs: wordt toegevoegd.')).toBeVisible();
  await expect(
    page.getByText('Kennischecks: wordt niet ingelezen, want ze komen van een nieuwere versie van Pettenwijzer.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page.getByText('Het bestand is samengevoegd met je gegevens.')).toBeVisible();
  expect(await storedValue(page, 'geheim')).toBeNull();
  expect(await storedValue(page, 'quizzes')).toBeNull();
  expect(await storedValue(page, 'certificaat')).toBe(JSON.stringify(file.sections.certificaat));
});

test('replacing everything first says which stored parts the file does not hold and will be wiped', async ({
  page,
}) => {
  await storeRealData(page, 'lessons');
  await page.goto('/voortgang/gegevens/');
  const file = {
    format: 'pettenwijzer-export',
    formatVersion: 1,
    exportedAt: '2026-11-22T10:00:00.000Z',
    sections: {},
  };
  await page.getByLabel('Kies een exportbestand (.json)').setInputFiles({
    name: 'leeg.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByText('Het bestand bevat geen gegevens.')).toBeVisible();
  await page.getByRole('radio', { name: 'Alles vervangen door het bestand' }).check();
  await expect(page.getByText('Bekeken lessen: staat niet in het bestand en wordt gewist.')).toBeVisible();
});
