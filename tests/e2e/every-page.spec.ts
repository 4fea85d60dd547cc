import { expect, test } from '@playwright/test';
import { colourRules, expectNoAxeViolations, watchPage } from './audit';
import { builtPages } from './built-pages';
import { hydrateAllIslands } from './hydration';

// One test per page, loading it once and checking every variant there: the suite's length grows with the pages
// but no test does, and the checks do not repeat one another.
for (const path of builtPages()) {
  test(`page ${path}: clean load, axe on desktop and at 360 px, dark mode, phone width, print, no JavaScript`, async ({
    page,
    baseURL,
    context,
    browser,
  }) => {
    // A fixed, bounded amount of work per page (several axe runs or page loads): three times the default timeout.
    test.slow();
    const watcher = watchPage(page, baseURL ?? '');
    await page.goto(path);
    await hydrateAllIslands(page);
    // What the islands fetch once hydrated (search texts, lazy chunks) must load too.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1')).toHaveCount(1);
    await expectNoAxeViolations(page, { label: 'desktop: ' });

    // Layout-dependent rules (scrollable regions, target size, reflow, the phone menu) only fail at phone width;
    // colours were checked above and are checked here in dark mode, with the phone menu in view.
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'sideways scrolling at 360 px').toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, { skip: colourRules, label: '360 px: ' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, { only: colourRules, label: 'dark mode at 360 px: ' });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.pw-nav')).toBeHidden();
    expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(20);

    expect(watcher.problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);

    const withoutScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
    try {
      const plain = await withoutScript.newPage();
      await plain.goto(path);
      await expect(plain.locator('h1')).toBeVisible();
      const text = (await plain.locator('main').textContent()) ?? '';
      expect(text.trim().length, 'readable content without JavaScript').toBeGreaterThan(100);
    } finally {
      await withoutScript.close();
    }
  });
}
