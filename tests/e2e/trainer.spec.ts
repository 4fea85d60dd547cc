import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './audit';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/chats/${name}`, import.meta.url), 'utf8');

test('a trainer pastes a saved Zoom chat, sees the counts per stelling and saves both rounds', async ({ page }) => {
  await page.goto('/trainer/telling/');
  await page.getByLabel('Plak hier de chat').fill(fixture('zoom-saved.txt'));
  await page.getByRole('button', { name: 'Tel de antwoorden' }).click();
  await expect(page.getByRole('status')).toContainText('4 deelnemers met een antwoord voor de voormeting. 3 regels');

  const stelling = (n: number) => page.getByRole('region', { name: new RegExp(`^Stelling ${n}:`) });
  await expect(stelling(1).getByRole('listitem')).toHaveText([
    /Eens\s*2 \(50%\)/,
    /Oneens\s*1 \(25%\)/,
    /af\s*1 \(25%\)/,
  ]);
  await expect(stelling(3).getByRole('listitem')).toHaveText([/1 \(25%\)/, /0 \(0%\)/, /3 \(75%\)/]);

  await page.getByText('Toon de 3 regels zonder leesbaar antwoord').click();
  await expect(page.getByText('De controleletter klopt niet', { exact: false })).toBeVisible();
  await page.getByText('Zelf tellen of aantallen aanpassen').click();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Bewaar als voormeting' }).click();
  await page.getByRole('radio', { name: 'Nameting' }).check();
  await page.getByLabel('Plak hier de chat').fill('1 oneens\n1 oneens\n2 eens');
  await page.getByRole('button', { name: 'Tel de antwoorden' }).click();
  await page.getByRole('spinbutton', { name: 'Stelling 1, Eens' }).fill('2');
  await page.getByRole('button', { name: 'Bewaar als nameting' }).click();

  await page.reload();
  const shift = page.getByRole('table', { name: /Verschuiving van de groep/ });
  await expect(shift.getByRole('row').nth(1)).toContainText('2 (50%)2 (50%)0');
  await expect(shift.getByRole('row').nth(2)).toContainText('1 (25%)2 (50%)+25');
  await expectNoAxeViolations(page);
});
