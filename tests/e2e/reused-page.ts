import { test as base, type CDPSession, type Page } from '@playwright/test';
import { printIfFailed, recordForFailureReport } from './failure-report';

/**
 * `test` whose `page` (and its `context`) is one browser page kept for all tests of a worker: a new page costs a
 * new browser process, about a second on a 2-core machine, paid by every test before. Each test gets it on a
 * blank page with the site's storage and cookies emptied, no other tabs, no routes or listeners left by the test
 * before, at the test's viewport, in the light scheme without media emulation. A failed test ends its worker, so whatever it
 * left behind goes with it. Specs that need a browser set up otherwise (init scripts, no JavaScript for the whole
 * spec, other launch flags) use the `test` of failure-report.ts (Playwright's own, with the same report on failure).
 */
export const test = base.extend<{ reusedPage: Page }, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
      const context = await browser.newContext({
        baseURL,
        locale,
        viewport,
        userAgent,
        deviceScaleFactor,
        isMobile,
        hasTouch,
      });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  reusedPage: async ({ workerPage: page, baseURL, viewport }, use, testInfo) => {
    const context = page.context();
    await Promise.all(
      context
        .pages()
        .filter((other) => other !== page)
        .map((other) => other.close()),
    );
    page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await page.goto('about:blank');
    await withDevtools(page, (devtools) =>
      devtools.send('Storage.clearDataForOrigin', { origin: new URL(baseURL ?? '').origin, storageTypes: 'all' }),
    );
    await context.clearCookies();
    await context.clearPermissions();
    if (viewport) await page.setViewportSize(viewport);
    // No media emulation (`null`), as on a fresh page: an explicit "screen" would make page.pdf() print screen styles.
    await page.emulateMedia({ media: null, colorScheme: 'light' });
    const report = recordForFailureReport(page);
    await use(page);
    await printIfFailed(testInfo, report);
  },
  context: async ({ reusedPage }, use) => use(reusedPage.context()),
  page: async ({ reusedPage }, use) => use(reusedPage),
});

export { expect } from '@playwright/test';

/** Runs `act` with a DevTools session on the page and detaches it afterwards, so its overrides end with it. */
export async function withDevtools<T>(page: Page, act: (devtools: CDPSession) => Promise<T>): Promise<T> {
  const devtools = await page.context().newCDPSession(page);
  try {
    return await act(devtools);
  } finally {
    await devtools.detach();
  }
}
