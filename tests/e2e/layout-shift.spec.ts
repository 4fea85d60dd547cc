import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

/** A representative page of each kind: static, lesson with quiz, tools, islands built only in the browser. */
const pages = [
  '/',
  '/lessen/',
  '/lessen/01-pettenvraagstuk/',
  '/stellingen/',
  '/scenarios/',
  '/scenarios/huisbezoek-fraude/',
  '/voortgang/',
  '/voortgang/gegevens/',
  '/trainer/presentatie/',
  '/trainer/telling/',
  '/aan-de-slag/7xw/',
  '/aan-de-slag/zelfscan/',
  '/zoeken/',
];

const viewports = [
  { name: 'a 360 px phone', width: 360, height: 740 },
  { name: 'a desktop screen', width: 1280, height: 900 },
];

/**
 * Loads a page on a slowed-down processor, as Lighthouse does for phones, so islands hydrate after the first
 * paint (on a fast machine they may hydrate before it and hide a shift). Returns the shifts once every island
 * on screen has hydrated.
 */
async function layoutShifts(page: Page, path: string): Promise<{ value: number; sources: string[] }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('astro-island[ssr]:not([client="visible"])')).toHaveCount(0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return page.evaluate(
    () =>
      new Promise<{ value: number; sources: string[] }[]>((resolve) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
        const describe = (node?: Node) =>
          node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : (node?.nodeName ?? '?');
        new PerformanceObserver((list) => {
          const shifts = (list.getEntries() as Shift[])
            .filter((shift) => !shift.hadRecentInput)
            .map((shift) => ({ value: shift.value, sources: shift.sources.map((source) => describe(source.node)) }));
          resolve(shifts);
        }).observe({ type: 'layout-shift', buffered: true });
        // The observer reports buffered entries at once; with none it stays silent.
        setTimeout(() => resolve([]), 250);
      }),
  );
}

for (const viewport of viewports) {
  test.describe(`on ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const path of pages) {
      test(`${path} does not move while it loads and hydrates`, async ({ page }) => {
        const shifts = await layoutShifts(page, path);
        const cumulative = shifts.reduce((sum, shift) => sum + shift.value, 0);
        expect(cumulative, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
      });
    }
  });
}
