import type { Page } from '@playwright/test';
import { expect, test } from './reused-page';

/** Per pet icon on the page: its pet, whether screen readers skip it, its size, and the text beside it. */
async function petIcons(page: Page) {
  return page.locator('svg.pw-pet-icon').evaluateAll((icons) =>
    icons.map((icon) => {
      const box = icon.getBoundingClientRect();
      // An icon inside a closed <details> is not drawn until it opens; its text is there all the same.
      const shown = icon.checkVisibility();
      return {
        pet: [...icon.classList].find((name) => name.startsWith('pw-pet-icon--'))?.slice('pw-pet-icon--'.length),
        hidden: icon.getAttribute('aria-hidden') === 'true',
        drawn: !shown || (box.width > 0 && box.height > 0),
        shown,
        beside: (icon.parentElement?.textContent ?? '').toLowerCase(),
      };
    }),
  );
}

const names: Record<string, string> = {
  gemeentepet: 'gemeentepet',
  hulpverlenerspet: 'hulpverlenerspet',
  coordinatie: 'coördinatiepet',
  onbepaald: 'pet nog niet bepaald',
};

test('every pet icon stands beside the visible name of its pet, and is skipped by screen readers', async ({ page }) => {
  const pages: [string, number][] = [
    ['/lessen/02-spagaat/', 4],
    ['/scenarios/school-belt/', 3],
    ['/kompas/pet-onduidelijk/', 1],
    ['/trainer/handout/', 8],
  ];
  for (const [path, atLeast] of pages) {
    await page.goto(path);
    const icons = await petIcons(page);
    expect(icons.length, path).toBeGreaterThanOrEqual(atLeast);
    for (const icon of icons) {
      expect(icon.pet && names[icon.pet], `${path}: an icon of an unknown pet`).toBeTruthy();
      expect(icon.beside, `${path}: the ${icon.pet} icon`).toContain(names[icon.pet ?? '']);
      expect(icon.hidden, `${path}: the ${icon.pet} icon`).toBe(true);
      expect(icon.drawn, `${path}: the ${icon.pet} icon`).toBe(true);
    }
    // The outcome whose pet is not clear shows the neutral pet, not one of the three.
    if (path.startsWith('/kompas/')) await expect(page.locator('[data-pet]')).toHaveText('Pet nog niet bepaald');
  }
});

test('the printed handout shows the pet icons and the spagaat diagram, with the professional between both pets', async ({
  page,
}) => {
  await page.goto('/trainer/handout/');
  await page.emulateMedia({ media: 'print' });
  const diagram = page.locator('.pw-spagaat__diagram');
  await expect(diagram).toBeVisible();
  const box = await diagram.boundingBox();
  expect(box?.width).toBeGreaterThan(300);
  expect(box?.height).toBeGreaterThan(100);
  // Side by side on paper: gemeentepet, professional, hulpverlenerspet.
  const [left, middle, right] = await diagram
    .locator(':scope > *')
    .evaluateAll((parts) => parts.map((part) => part.getBoundingClientRect().left));
  expect(left).toBeLessThan(middle ?? 0);
  expect(middle).toBeLessThan(right ?? 0);
  await expect(page.getByRole('figure').filter({ hasText: 'Schema van de spagaat' })).toBeVisible();
  // Each pet's frame: its task, and what holds for secrecy, sharing and reporting.
  for (const frame of await diagram.locator('.pw-spagaat__frame').all()) {
    await expect(frame.locator('.pw-spagaat__task')).not.toBeEmpty();
    await expect(frame.locator('dt')).toContainText([
      'Wettelijk beroepsgeheim',
      'Gegevens delen mag',
      'Melden zonder toestemming',
    ]);
  }
  const printed = await petIcons(page);
  expect(printed.length).toBeGreaterThanOrEqual(8);
  expect(printed.every((icon) => icon.shown && icon.drawn)).toBe(true);
});

test('the spagaat diagram fits a 360 px screen: stacked, without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/lessen/02-spagaat/');
  const diagram = page.locator('.pw-spagaat__diagram');
  await expect(diagram).toBeVisible();
  const fit = await diagram.evaluate((element) => ({
    overflow: element.scrollWidth - element.clientWidth,
    right: element.getBoundingClientRect().right,
    page: document.documentElement.scrollWidth,
  }));
  expect(fit.overflow).toBeLessThanOrEqual(0);
  expect(fit.right).toBeLessThanOrEqual(360);
  expect(fit.page).toBeLessThanOrEqual(360);
  const tops = await diagram
    .locator(':scope > *')
    .evaluateAll((parts) => parts.map((part) => part.getBoundingClientRect().top));
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  expect(new Set(tops).size).toBe(3);
});
