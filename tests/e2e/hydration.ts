import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Waits until every island that hydrates on load has done so (Astro removes `ssr` then). Clicking before that
 * changes only the server-rendered HTML, which a slow machine makes likely.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.locator('astro-island[client="load"][ssr]')).toHaveCount(0);
}
