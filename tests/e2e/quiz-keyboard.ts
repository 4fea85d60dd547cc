import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Presses Controleer by keyboard and checks that focus lands on the feedback heading. */
export async function checkByKeyboard(page: Page, block: Locator, feedback: string | RegExp) {
  await block.getByRole('button', { name: 'Controleer' }).focus();
  await page.keyboard.press('Enter');
  const heading = block.getByRole('heading', { level: 4 });
  await expect(heading).toHaveText(feedback);
  await expect(heading).toBeFocused();
}
