import { mainNavigation } from '../../src/lib/common/navigation';
import { expect, test } from './failure-report';

const phone = { width: 360, height: 740 };

test.describe('on a 360 px phone', () => {
  test.use({ viewport: phone });

  test('the header is one short row with a Menu button instead of ten links', async ({ page }) => {
    await page.goto('/lessen/');
    const header = await page.locator('.pw-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(80);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(menu.getByText('Menu')).toBeVisible();
    await expect(menu.getByRole('link')).toHaveCount(0);
  });

  test('a visitor opens the menu by keyboard, follows a link and sees that page marked', async ({ page }) => {
    await page.goto('/lessen/');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const toggle = menu.getByText('Menu');
    // Skip link, site name, then the menu button.
    for (let stop = 0; stop < 3; stop += 1) await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    const outline = await toggle.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');

    await expect(menu.getByRole('link', { name: 'Lessen' })).toHaveAttribute('aria-current', 'page');
    for (const item of mainNavigation) {
      const link = menu.getByRole('link', { name: item.label, exact: true });
      await expect(link).toBeVisible();
      const box = await link.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(24);
    }
    // The opened list pushes the page down instead of covering it.
    const list = await menu.getByRole('list').boundingBox();
    const main = await page.locator('main').boundingBox();
    expect((list?.y ?? 0) + (list?.height ?? 0)).toBeLessThanOrEqual(main?.y ?? 0);

    await page.keyboard.press('Tab');
    await expect(menu.getByRole('link', { name: 'Start' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu.getByRole('link', { name: 'Stellingen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/stellingen\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stellingen');

    await expect(menu.getByRole('link')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu.getByRole('link', { name: 'Stellingen' })).toHaveAttribute('aria-current', 'page');
    await expect(menu.getByRole('link', { name: 'Lessen' })).not.toHaveAttribute('aria-current');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the menu still opens and its links work', async ({ page }) => {
      await page.goto('/over/');
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await menu.getByText('Menu').click();
      await menu.getByRole('link', { name: 'Begrippen' }).click();
      await expect(page).toHaveURL(/\/begrippen\/$/);
    });
  });

  test('printing leaves the menu out', async ({ page }) => {
    await page.goto('/lessen/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByText('Menu').click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.pw-nav')).toBeHidden();
  });
});

test('on a 1280 px screen every link is in view without a Menu button, in one row with the name', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/scenarios/');
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(menu.getByText('Menu')).toBeHidden();
  for (const item of mainNavigation) {
    await expect(menu.getByRole('link', { name: item.label, exact: true })).toBeInViewport();
  }
  await expect(menu.getByRole('link', { name: "Scenario's" })).toHaveAttribute('aria-current', 'page');
  const header = await page.locator('.pw-header').boundingBox();
  expect(header?.height).toBeLessThanOrEqual(80);
});
