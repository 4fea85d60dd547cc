import { expectNoAxeViolations } from './audit';
import { expect, test } from './reused-page';

// The audit helper itself: a check that can never fail would let every page pass.
const page = (body: string) =>
  `<!doctype html><html lang="nl"><head><title>Proef</title><style>@media (prefers-color-scheme: dark) { p { color: #333; background: #000; } }</style></head><body><main><h1>Proef</h1>${body}</main></body></html>`;

// The proof pages are written into a page of the site: a blank page has no origin and may not load axe-core
// from the suite's local server.
test.beforeEach(({ reusedPage }) => reusedPage.goto('/404.html'));

test('the axe check fails on a missing text alternative and names the rule and element', async ({ reusedPage }) => {
  await reusedPage.setContent(
    page('<p>Tekst</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="zonder-alt">'),
  );
  await expect(expectNoAxeViolations(reusedPage)).rejects.toThrow(/image-alt: .*#zonder-alt/);
});

test('the axe check sees colours of the dark scheme only when the page is shown dark', async ({ reusedPage }) => {
  await reusedPage.setContent(page('<p>Tekst die in donkere modus slecht leesbaar is</p>'));
  await expectNoAxeViolations(reusedPage);
  await reusedPage.emulateMedia({ colorScheme: 'dark' });
  await expect(expectNoAxeViolations(reusedPage, { label: 'dark: ' })).rejects.toThrow(/dark: color-contrast/);
});
