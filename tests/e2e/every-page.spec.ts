import { expectNoAxeViolations, watchPage } from './audit';
import { builtPages } from './built-pages';
import { hydrateAllIslands } from './hydration';
import { expect, test, withDevtools } from './reused-page';

// One test per page, loading it once and checking every variant there: the suite's length grows with the pages
// but no test does, and the checks do not repeat one another.
for (const path of builtPages()) {
  test(`page ${path}: clean load, axe on desktop and at 360 px in dark mode, no sideways scrolling at 320, 360, 640 and 768 px, print, no JavaScript and no button that needs it`, async ({
    reusedPage: page,
    baseURL,
  }) => {
    const watcher = watchPage(page, baseURL ?? '');
    await page.goto(path);
    // The checks read the page with plain evaluations: a locator makes Playwright put its own script into every
    // new document first, a tenth of a second per page here.
    const islands = await page.evaluate(() => document.querySelectorAll('astro-island').length);
    if (islands > 0) {
      await hydrateAllIslands(page);
      // What the islands fetch once hydrated (search texts, lazy chunks) must load too; a page without islands
      // has loaded all it needs by its load event.
      await watcher.settled();
    }
    expect(await page.evaluate(() => document.querySelectorAll('h1').length), 'one h1').toBe(1);
    await expectNoAxeViolations(page, { label: 'desktop: ' });

    // No sideways scrolling at the narrowest width WCAG's reflow asks for, at a desktop zoomed to 200 % (640 px),
    // nor at a tablet's, where a wide table that becomes cards on a phone and fits a desktop can still stick out.
    for (const width of [768, 640, 320, 360]) {
      await page.setViewportSize({ width, height: 740 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
    }
    // Layout-dependent rules (scrollable regions, target size, reflow, the phone menu) only fail at phone width;
    // the same run checks the colours of the dark scheme, so every rule sees both widths and both schemes.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, { label: '360 px in dark mode: ' });
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    const paper = await page.evaluate(() => ({
      navigationShown: document.querySelector('.pw-nav')?.checkVisibility({ visibilityProperty: true }) ?? false,
      text: document.querySelector('main')?.innerText.trim().length ?? 0,
    }));
    expect(paper.navigationShown, 'the site navigation on paper').toBe(false);
    expect(paper.text, 'the main text on paper').toBeGreaterThan(20);
    await page.emulateMedia({ media: null });

    expect(watcher.problems).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);

    // The same page again with scripts off (what `javaScriptEnabled: false` does, without a second browser). A page
    // without islands shows the same HTML either way; the Pettenkompas's small route script, the one other kind of
    // script, is walked without JavaScript in kompas.spec.ts.
    if (islands === 0) return;
    await withDevtools(page, async (devtools) => {
      await devtools.send('Emulation.setScriptExecutionDisabled', { value: true });
      await page.reload();
      await expect(page.locator('h1')).toBeVisible();
      // Astro's inline script defines the island element while the page parses; off, it never is.
      const islandsDefined = await page.evaluate(() => customElements.get('astro-island') !== undefined);
      expect(islandsDefined, 'scripts are off').toBe(false);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text.trim().length, 'readable content without JavaScript').toBeGreaterThan(100);
      // A control that does nothing when pressed is worse than none: what needs a script is hidden without one.
      // Opening a popover and sending a form work without JavaScript.
      const deadControls = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input[type="file"]')]
          .filter((control) => !control.disabled && control.checkVisibility({ visibilityProperty: true }))
          .filter((control) => !control.hasAttribute('popovertarget'))
          .filter((control) => !(control.type === 'submit' && control.form !== null))
          .map((control) => control.textContent?.trim() || control.id),
      );
      expect(deadControls, 'buttons that need JavaScript, shown without it').toEqual([]);
    });
  });
}
