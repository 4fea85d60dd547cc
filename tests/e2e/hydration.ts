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
 * check of the whole page covers what each island does with the stored data it reads. A page gets a window as
 * tall as itself for the while, so every island is in view at once (scrolling to each in turn took over a second
 * on a page with a quiz); in a frame, whose size its parent sets, the first island still waiting is scrolled into
 * view on every frame until none waits. Checked every frame rather than by `expect`'s back-off, which waited up
 * to a second after an island was done.
 */
export async function hydrateAllIslands(target: Page | Frame): Promise<void> {
  const page = 'viewportSize' in target ? target : undefined;
  const viewport = page?.viewportSize();
  if (page && viewport) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  }
  try {
    await target.waitForFunction(
      (onScrollIslands) => {
        const waiting = document.querySelector('astro-island[ssr]');
        // The island box itself has no layout (display: contents), so scroll to what it rendered.
        if (waiting?.matches(onScrollIslands)) (waiting.firstElementChild ?? waiting).scrollIntoView();
        return waiting === null;
      },
      onScrollIslands,
      { polling: 'raf', timeout: 15_000 },
    );
  } finally {
    if (page && viewport) await page.setViewportSize(viewport);
  }
}
