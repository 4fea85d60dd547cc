import { returningLearnerStorage } from '../fixtures/returning-learner';
import { expectNoAxeViolations, watchPage } from './audit';
import { onePagePerIslandKind } from './built-pages';
import { hydrateAllIslands } from './hydration';
import { plantStorage } from './plant-storage';
import { expect, test } from './reused-page';

// The every-page checks load each page as a first visitor, with nothing stored; islands show more once a learner
// has data (tables of what is stored, the tally's counts, the comparison of rounds, the certificate), and a wide
// table that only then scrolls sideways on a phone is something only this pass can see.
const interactivePages = onePagePerIslandKind();

test('there are interactive pages to check with stored data', () => {
  expect(interactivePages.length).toBeGreaterThan(10);
});

for (const { path, alike } of interactivePages) {
  test(`${path}${alike > 0 ? ` (and ${alike} pages with the same islands)` : ''} with a returning learner's data: read without a notice, axe on desktop and at 360 px in dark mode, no sideways scrolling`, async ({
    reusedPage: page,
    baseURL,
  }) => {
    await plantStorage(page, returningLearnerStorage);
    const watcher = watchPage(page, baseURL ?? '');
    await page.goto(path);
    await hydrateAllIslands(page);
    await watcher.settled();
    await expect(page.getByText(/teruggezet naar leeg|nieuwere versie van deze site/)).toHaveCount(0);
    await expectNoAxeViolations(page, { label: 'desktop: ' });

    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'sideways scrolling at 360 px').toBeLessThanOrEqual(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, { label: '360 px in dark mode: ' });
    expect(watcher.problems).toEqual([]);
  });
}
