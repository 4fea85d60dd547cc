import { expect, test } from './reused-page';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
  await expect(page.locator('main')).toBeFocused();
});

test('focus is visible on links in the navigation', async ({ page }) => {
  await page.goto('/');
  const firstLink = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').first();
  // Tab until focus is inside the Hoofdmenu (past the skip link and the site name), as a keyboard user would.
  for (let stop = 0; stop < 10 && !(await firstLink.evaluate((link) => link === document.activeElement)); stop += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(firstLink).toBeFocused();
  const outline = await firstLink.evaluate((link) => {
    const style = getComputedStyle(link);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('the navigation marks the current page', async ({ page }) => {
  await page.goto('/over/');
  await expect(
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }),
  ).not.toHaveAttribute('aria-current', 'page');
  await page.goto('/');
  await expect(
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }),
  ).toHaveAttribute('aria-current', 'page');
});
