import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './audit';
import { waitForIslands } from './hydration';
import { expect, test } from './reused-page';

const chat = readFileSync(new URL('../fixtures/chats/zoom-with-instructions.txt', import.meta.url), 'utf8');

/** Pastes the chat with the trainer's instructions and counts it, using the keyboard for the button. */
async function countInstructionChat(page: Page) {
  await page.goto('/trainer/telling/');
  await waitForIslands(page);
  await page.getByLabel('Plak hier de chat').fill(chat);
  await page.getByRole('button', { name: 'Tel de antwoorden' }).press('Enter');
}

test("the trainer's example is no vote, and a counted sender can be left out and counted again by keyboard", async ({
  page,
}) => {
  await countInstructionChat(page);
  const status = page.getByRole('status');
  await expect(status).toContainText('14 deelnemers met een antwoord voor de voormeting. 9 regels');
  const stelling1 = page.getByRole('region', { name: /^Stelling 1:/ }).getByRole('listitem');
  await expect(stelling1).toHaveText([/Eens\s*7 \(64%\)/, /Oneens\s*2 \(18%\)/, /af\s*2 \(18%\)/]);

  await page.getByText('Toon de 9 regels zonder leesbaar antwoord').press('Enter');
  const instruction = page.getByRole('listitem').filter({ hasText: 'bijvoorbeeld: 1 eens' });
  await expect(instruction).toContainText('Lijkt uitleg of een voorbeeld, geen antwoord.');

  await page.getByText('Toon wie er is meegeteld (14 afzenders)').press('Enter');
  const jan = page.getByRole('listitem').filter({ hasText: 'Jan de Vries' });
  await expect(jan).toContainText('Jan de Vries: 1 eens');
  await expect(page.getByRole('listitem').filter({ hasText: 'Trainer Anne' })).toHaveCount(0);

  await jan.getByRole('button', { name: 'Niet meetellen: Jan de Vries' }).press('Enter');
  await expect(status).toContainText(
    'Jan de Vries telt niet mee. 13 deelnemers met een antwoord voor de voormeting, 1 niet meegeteld.',
  );
  await expect(stelling1).toHaveText([/Eens\s*6 \(60%\)/, /Oneens\s*2 \(20%\)/, /af\s*2 \(20%\)/]);
  const again = jan.getByRole('button', { name: 'Weer meetellen: Jan de Vries' });
  await expect(again).toBeFocused();
  await expect(jan).toContainText('(telt niet mee)');

  await page.getByRole('button', { name: 'Bewaar als voormeting' }).press('Enter');
  const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
  expect(stored).toContain('"eens":6');
  expect(stored).not.toContain('Jan');

  await again.press('Enter');
  await expect(status).toContainText('Jan de Vries telt weer mee. 14 deelnemers met een antwoord voor de voormeting.');
  await expect(stelling1.first()).toHaveText(/Eens\s*7 \(64%\)/);
});

test('the tally with both lists open and a sender left out has no accessibility violations', async ({ page }) => {
  await countInstructionChat(page);
  await page.getByText('Toon de 9 regels zonder leesbaar antwoord').click();
  await page.getByText('Toon wie er is meegeteld (14 afzenders)').click();
  await page.getByRole('button', { name: 'Niet meetellen: Piet Bakker' }).click();
  await expect(page.getByRole('button', { name: 'Weer meetellen: Piet Bakker' })).toBeVisible();
  await expectNoAxeViolations(page);
});
