import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './audit';
import { builtPages } from './built-pages';

for (const path of builtPages()) {
  test.describe(`page ${path}`, () => {
    test('loads without errors, external requests or cookies, and passes axe', async ({ page, baseURL, context }) => {
      const watcher = watchPage(page, baseURL ?? '');
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('h1')).toHaveCount(1);
      await expectNoAxeViolations(page);
      expect(watcher.problems).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });

    test('fits a 360 px wide phone without sideways scrolling, and prints without the navigation', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.pw-nav')).toBeHidden();
      expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(20);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of builtPages()) {
    test(`${path} still shows its heading and content`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text.trim().length).toBeGreaterThan(100);
    });
  }
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of builtPages()) {
    test(`${path} keeps AA contrast`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
    });
  }
});
