import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Presses Tab until the target has focus, as a keyboard user would; fails if it never gets there. The presses
 * the page's tab order predicts are made in one go and only then checked, one at a time after that: checking
 * focus after every press doubled the round trips of a keyboard walk.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  await expect(target).toBeVisible();
  let presses = await target.evaluate(predictedTabPresses);
  for (let press = 0; press < presses; press++) await page.keyboard.press('Tab');
  for (; presses <= maxPresses; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/**
 * How many Tab presses move focus from where it is to `target`, counting the focusable elements in between in
 * document order (the site uses no positive tabindex); a radio group is one stop. A wrong guess only costs time:
 * `tabTo` goes on one press at a time, and stops short rather than past the target when unsure.
 */
function predictedTabPresses(target: Element): number {
  const focusable =
    'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  const from = document.activeElement;
  const groups = new Set<string>();
  let count = 0;
  for (const element of document.querySelectorAll(focusable)) {
    if (element === target) return count + 1;
    const after =
      !from || from === document.body || from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (!after || element.getClientRects().length === 0 || element.closest('[inert]')) continue;
    if (element instanceof HTMLInputElement && element.type === 'radio') {
      if (groups.has(element.name)) continue;
      groups.add(element.name);
    }
    count++;
  }
  return 0;
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
