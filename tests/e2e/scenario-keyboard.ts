import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Presses Tab until the target has focus, as a keyboard user would; fails if it never gets there. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/**
 * Makes one choice with the keyboard only: Tab to the choice, press Enter (or Space), check that the feedback is
 * announced and that Verder has focus, then press Enter on Verder. Returns the feedback text.
 */
export async function chooseByKeyboard(page: Page, label: string, key: 'Enter' | ' ' = 'Enter'): Promise<string> {
  await tabTo(page, page.getByRole('button', { name: label }));
  await page.keyboard.press(key === ' ' ? 'Space' : 'Enter');
  const feedback = page.getByRole('status').filter({ hasText: 'Jouw keuze' });
  await expect(feedback).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verder' })).toBeFocused();
  const text = await feedback.innerText();
  await page.keyboard.press('Enter');
  return text;
}

/** Checks the ending a route led to: its title has focus, and its rating is written out. */
export async function expectEnding(page: Page, title: string, rating: 'Goed' | 'Kan beter' | 'Riskant') {
  const ending = page.locator('#pw-ending-title');
  await expect(ending).toHaveText(`Afloop: ${title}`);
  await expect(ending).toBeFocused();
  await expect(page.getByText(`Beoordeling: ${rating}`, { exact: true })).toBeVisible();
}
