import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Waits until every island that hydrates on load has done so (Astro removes `ssr` then). Clicking before that
 * changes only the server-rendered HTML, which a slow machine makes likely.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.locator('astro-island[client="load"][ssr]')).toHaveCount(0);
}

/**
 * Hydrates every island on the page, also those that wait for idle time or for being scrolled into view, so a
 * check of the whole page covers what each island does with the stored data it reads. Checked every frame
 * rather than by `expect`'s back-off, which waited up to a second after an island was done.
 */
export async function hydrateAllIslands(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const island of document.querySelectorAll('astro-island[client="visible"]')) {
      // The island box itself has no layout (display: contents), so scroll to what it rendered.
      (island.firstElementChild ?? island).scrollIntoView();
      // Two frames: the observer sees the island in view before the next one is scrolled to.
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    }
  });
  // On a busy machine the observer can miss an island scrolled past quickly: bring the first one still waiting
  // back into view on every frame until none waits.
  await page.waitForFunction(
    () => {
      const waiting = document.querySelector('astro-island[ssr]');
      if (waiting?.getAttribute('client') === 'visible') (waiting.firstElementChild ?? waiting).scrollIntoView();
      return waiting === null;
    },
    null,
    { polling: 'raf', timeout: 15_000 },
  );
}
