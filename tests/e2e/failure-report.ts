import { test as base, type Page, type Request, type TestInfo } from '@playwright/test';

/**
 * Notes what the browser did during a test, to be printed only when the test fails: errors, failed and slow
 * requests, and the islands that never hydrated. A failure on CI leaves only its log, and "the button stayed
 * disabled" alone does not say whether a script failed to load, threw, or the machine was just slow.
 */
export function recordForFailureReport(page: Page): () => Promise<string> {
  const started = Date.now();
  const since = () => `+${Date.now() - started} ms`;
  const events: string[] = [];
  const requestStarts = new Map<Request, number>();
  const finished = (request: Request) => {
    const start = requestStarts.get(request);
    requestStarts.delete(request);
    if (start !== undefined && Date.now() - start > slowRequestMs) {
      events.push(`${since()} slow request (${Date.now() - start} ms): ${request.url()}`);
    }
  };
  page.on('pageerror', (error) => events.push(`${since()} uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') events.push(`${since()} console error: ${message.text()}`);
  });
  page.on('request', (request) => requestStarts.set(request, Date.now()));
  page.on('requestfinished', finished);
  page.on('requestfailed', (request) => {
    finished(request);
    events.push(`${since()} failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) events.push(`${since()} page: ${frame.url()}`);
  });

  return async () => {
    const unfinished = [...requestStarts].map(
      ([request, start]) => `still loading after ${Date.now() - start} ms: ${request.url()}`,
    );
    return [...events, ...unfinished, await islandsWaiting(page)].join('\n');
  };
}

const slowRequestMs = 1000;

/** Prints the report of a failed test on stdout, which CI keeps whole; an attachment's text is cut at 300 characters. */
export async function printIfFailed(testInfo: TestInfo, report: () => Promise<string>): Promise<void> {
  if (testInfo.status === testInfo.expectedStatus) return;
  console.log(`What the browser did in "${testInfo.title}":\n${await report()}`);
}

/** Playwright's own `test`, its page recorded for the failure report: for specs that do not reuse one page. */
export const test = base.extend({
  page: async ({ page }, use, testInfo) => {
    const report = recordForFailureReport(page);
    await use(page);
    await printIfFailed(testInfo, report);
  },
});

export { expect } from '@playwright/test';

/** The islands of the page still showing their server-rendered HTML, or why the page could not be asked. */
async function islandsWaiting(page: Page): Promise<string> {
  const askPage = page.evaluate(() =>
    [...document.querySelectorAll('astro-island[ssr]')].map(
      (island) => `${island.getAttribute('client')} ${island.getAttribute('component-url')}`,
    ),
  );
  const giveUp = new Promise<string[]>((resolve) => setTimeout(() => resolve(['(the page did not answer)']), 2000));
  try {
    const waiting = await Promise.race([askPage, giveUp]);
    return waiting.length === 0 ? 'no island waiting to hydrate' : `islands not hydrated: ${waiting.join(', ')}`;
  } catch (error) {
    return `islands unknown: ${error instanceof Error ? error.message : error}`;
  }
}
