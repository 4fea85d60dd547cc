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
 * check of the whole page covers what each island does with the stored data it reads.
 */
export async function hydrateAllIslands(page: Page): Promise<void> {
  const lazy = page.locator('astro-island[client="visible"]');
  for (let index = 0; index < (await lazy.count()); index += 1) {
    // The island box itself has no layout (display: contents), so scroll to what it rendered.
    await lazy.nth(index).evaluate((island) => (island.firstElementChild ?? island).scrollIntoView());
    await expect(lazy.nth(index)).not.toHaveAttribute('ssr');
  }
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}
