import type { Frame, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Islands that hydrate once the page has loaded, and those that wait to be scrolled into view (src/directives/). */
const onLoadIslands = 'astro-island[client="load-yielding"]';
const onScrollIslands = 'astro-island[client="visible-yielding"]';

/**
 * Waits until every island that hydrates on load has done so (Astro removes `ssr` then). Clicking before that
 * changes only the server-rendered HTML, which a slow machine makes likely.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.locator(`${onLoadIslands}[ssr]`)).toHaveCount(0);
}

/**
 * Hydrates every island on the page, also those that wait for idle time or for being scrolled into view, so a
 * check of the whole page covers what each island does with the stored data it reads. Checked every frame
 * rather than by `expect`'s back-off, which waited up to a second after an island was done.
 */
export async function hydrateAllIslands(page: Page | Frame): Promise<void> {
  await page.evaluate(async (onScrollIslands) => {
    for (const island of document.querySelectorAll(onScrollIslands)) {
      // The island box itself has no layout (display: contents), so scroll to what it rendered.
      (island.firstElementChild ?? island).scrollIntoView();
      // Two frames: the observer sees the island in view before the next one is scrolled to.
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    }
  }, onScrollIslands);
  // On a busy machine the observer can miss an island scrolled past quickly: bring the first one still waiting
  // back into view on every frame until none waits.
  await page.waitForFunction(
    (onScrollIslands) => {
      const waiting = document.querySelector('astro-island[ssr]');
      if (waiting?.matches(onScrollIslands)) (waiting.firstElementChild ?? waiting).scrollIntoView();
      return waiting === null;
    },
    onScrollIslands,
    { polling: 'raf', timeout: 15_000 },
  );
}
