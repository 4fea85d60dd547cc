import { test as base, type CDPSession, type Page } from '@playwright/test';

/**
 * `test` with a `reusedPage`: one browser page for all tests of a worker, for the audits that only load and read
 * pages. A new page costs a new browser process, about a second on a 2-core machine, which the per-page audits
 * paid 150 times. Each test gets it on a blank page with the site's storage emptied, at desktop width, screen
 * media in the light scheme, with no routes or listeners left by the test before. A failed test ends its worker,
 * so whatever it left behind goes with it.
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
  reusedPage: async ({ workerPage: page }, use, testInfo) => {
    const { baseURL, viewport } = testInfo.project.use;
    page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.goto('about:blank');
    await withDevtools(page, (devtools) =>
      devtools.send('Storage.clearDataForOrigin', { origin: new URL(baseURL ?? '').origin, storageTypes: 'all' }),
    );
    await page.context().clearCookies();
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    await use(page);
  },
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
