import type { Page } from '@playwright/test';

/** A same-origin blank page to plant storage from, so no page of the site reads it before the test is ready. */
const plantPath = '/__plant-storage';

// An icon of its own: without one the browser asks the server for /favicon.ico, whose 404 could arrive when the
// test's next page is already being watched for failed requests.
const plantPage = '<title>plant</title><link rel="icon" href="data:,">';

/** Replaces what the browser stores for the site with `entries` (key → raw value), from a blank page. */
export async function plantStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.route(`**${plantPath}`, (route) => route.fulfill({ contentType: 'text/html', body: plantPage }));
  await page.goto(plantPath);
  await page.evaluate((values) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
  await page.unroute(`**${plantPath}`);
}
