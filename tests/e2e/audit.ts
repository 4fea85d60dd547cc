import type { Page, Request } from '@playwright/test';
import { expect } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { axeScriptUrl } from './axe-script';

/** The WCAG rule sets every page is held to. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The rules that depend on colours alone: all a second colour scheme can change. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

// axe-core itself, put into a page once per document (a wrapper that re-injects its 500 KB for every run and
// finishes each run in a new blank page spent over a second per check on a 2-core machine), as a script the
// browser caches compiled (see axe-script.ts).
async function runAxe(page: Page, options: RunOptions): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: axeScriptUrl });
  return page.evaluate(
    (runOptions) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, runOptions),
    options,
  );
}

/**
 * Runs axe on the page as it is now and fails with the violations listed by rule and element; `only` limits the
 * run to some rules and `skip` leaves some out, `label` says in the failure which variant of the page (phone,
 * dark mode) was checked.
 */
export async function expectNoAxeViolations(
  page: Page,
  { only, skip, label = '' }: { only?: readonly string[]; skip?: readonly string[]; label?: string } = {},
): Promise<void> {
  const rules = Object.fromEntries((skip ?? []).map((rule) => [rule, { enabled: false }]));
  const results = await runAxe(page, {
    runOnly: only ? { type: 'rule', values: [...only] } : { type: 'tag', values: wcagTags },
    rules,
    resultTypes: ['violations'],
  });
  const summary = results.violations.map(
    (violation) =>
      `${label}${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** What `watchPage` saw: the problems so far, and a way to wait until the page has stopped loading things. */
export interface PageWatcher {
  problems: string[];
  /**
   * Resolves once no request of the page is in flight and none has started for `quietMs`: what islands fetch
   * after hydrating (search texts, lazy chunks) has arrived. Playwright's "networkidle" waits 500 ms of quiet
   * for the same, a fixed cost on every page.
   */
  settled(quietMs?: number): Promise<void>;
}

/** Whether a page's request goes to another host than `origin`; inline data and the suite's own axe-core do not. */
export function isExternalRequest(url: string, origin: string): boolean {
  return !url.startsWith(origin) && !/^(data|blob):/.test(url) && url !== axeScriptUrl;
}

/** Problems a page shows while loading: console errors, failed requests and requests to other hosts. */
export function watchPage(page: Page, origin: string): PageWatcher {
  const problems: string[] = [];
  const inFlight = new Set<Request>();
  let lastActivity = Date.now();
  const done = (request: Request) => {
    inFlight.delete(request);
    lastActivity = Date.now();
  };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    done(request);
    problems.push(`failed: ${request.url()}`);
  });
  page.on('requestfinished', done);
  page.on('request', (request) => {
    inFlight.add(request);
    lastActivity = Date.now();
    if (isExternalRequest(request.url(), origin)) problems.push(`external request: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/404.html')) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  const settled = async (quietMs = 150) => {
    while (inFlight.size > 0 || Date.now() - lastActivity < quietMs) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return { problems, settled };
}
