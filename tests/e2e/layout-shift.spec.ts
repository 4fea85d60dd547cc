import type { Page } from '@playwright/test';
import { returningLearnerStorage } from '../fixtures/returning-learner';
import { watchPage } from './audit';
import { builtHtml, islandsOf } from './built-pages';
import { plantStorage } from './plant-storage';
import { expect, test } from './reused-page';

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
  '/voortgang/certificaat/',
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

/** How long the island scripts are held back: the page paints its server-rendered HTML first, as on a slow phone. */
const scriptDelayMs = 400;

/**
 * Loads a page with its scripts held back, so islands hydrate after the first paint (on a fast machine they may
 * hydrate before it and hide a shift), and returns the shifts once every island on screen has hydrated. Holding
 * the scripts back is the same every run; slowing the processor down, as Lighthouse does, cost seconds per page
 * and still depended on the machine. The scripts wait until the same moment, the delay after the first one was
 * asked for: none runs sooner than when each waited as long, and the scripts an island imports add no wait each.
 */
async function layoutShifts(page: Page, path: string, origin: string) {
  let scriptsFrom: number | undefined;
  await page.route('**/_astro/**/*.js', async (route) => {
    scriptsFrom ??= Date.now() + scriptDelayMs;
    const wait = scriptsFrom - Date.now();
    await new Promise((resolve) => setTimeout(resolve, wait));
    await route.continue();
  });
  const watcher = watchPage(page, origin);
  await page.goto(path);
  await watcher.settled();
  await page.waitForFunction(
    () => document.querySelector('astro-island[ssr]:not([client="visible-yielding"])') === null,
    null,
    { polling: 'raf' },
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
    const describe = (node?: Node) =>
      node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : (node?.nodeName ?? '?');
    // Layout shifts are not in the performance timeline; an observer asked for the buffered ones holds them at
    // once (waiting for its callback cost a fixed quarter second on every page without a shift).
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as Shift[];
    observer.disconnect();
    const shifts = entries
      .filter((shift) => !shift.hadRecentInput)
      .map((shift) => ({ value: shift.value, sources: shift.sources.map((source) => describe(source.node)) }));
    const firstPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (entry) => entry.name.includes('/_astro/') && entry.name.endsWith('.js'),
    );
    const firstScript = Math.min(...scripts.map((entry) => entry.responseEnd));
    return { shifts, firstPaint, firstScript, hasScripts: scripts.length > 0 };
  });
}

test('the check sees a shift: a block put in above the content after the first paint', async ({
  reusedPage: page,
  baseURL,
}) => {
  const html = builtHtml('/over/');
  const pushDown = `<script>addEventListener('load', () => requestAnimationFrame(() => requestAnimationFrame(() => {
    const block = document.createElement('div');
    block.style.height = '300px';
    document.body.prepend(block);
  })));</script>`;
  await page.route('**/over/', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html.replace('</body>', `${pushDown}</body>`) }),
  );
  const { shifts } = await layoutShifts(page, '/over/', baseURL ?? '');
  expect(shifts.reduce((sum, shift) => sum + shift.value, 0)).toBeGreaterThan(0.01);
});

/** The pages with islands: only their scripts read what a learner has stored. */
const pagesWithIslands = pages.filter((path) => islandsOf(path) !== '');

test('some of the pages have islands, and some do not', () => {
  expect(pagesWithIslands.length).toBeGreaterThan(5);
  expect(pagesWithIslands.length).toBeLessThan(pages.length);
});

for (const viewport of viewports) {
  test.describe(`on ${viewport.name}`, () => {
    for (const [path, stored] of [
      ...pages.map((path) => [path, false] as const),
      // What the browser builds from stored data must fit the room held for it too, for a returning learner.
      ...pagesWithIslands.map((path) => [path, true] as const),
    ]) {
      test(`${path} does not move while it loads and hydrates${stored ? ", with a learner's data stored" : ''}`, async ({
        reusedPage: page,
        baseURL,
      }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        if (stored) await plantStorage(page, returningLearnerStorage);
        const { shifts, firstPaint, firstScript, hasScripts } = await layoutShifts(page, path, baseURL ?? '');
        // Else the check could not see a shift that hydration causes.
        if (hasScripts) expect(firstPaint, 'the page paints before its scripts arrive').toBeLessThan(firstScript);
        const cumulative = shifts.reduce((sum, shift) => sum + shift.value, 0);
        expect(cumulative, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
      });
    }
  });
}
