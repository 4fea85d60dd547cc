import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The WCAG rule sets every page is held to. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The rules that depend on colours alone: all a second colour scheme can change. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page as it is now and fails with the violations listed by rule and element; `only` limits the
 * run to some rules and `skip` leaves some out, `label` says in the failure which variant of the page (phone,
 * dark mode) was checked.
 */
export async function expectNoAxeViolations(
  page: Page,
  { only, skip, label = '' }: { only?: readonly string[]; skip?: readonly string[]; label?: string } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  if (only) builder = builder.withRules([...only]);
  if (skip) builder = builder.disableRules([...skip]);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (violation) =>
      `${label}${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Problems a page shows while loading: console errors, failed requests and requests to other hosts. */
export function watchPage(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`external request: ${url}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/404.html')) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return { problems };
}
