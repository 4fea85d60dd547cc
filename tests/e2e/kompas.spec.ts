import { readdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { petLabel, pets } from '../../src/lib/common/pets';
import { encodeRoute, kompasHref, type RouteStep, routesTo } from '../../src/lib/kompas/route';
import type { KompasUitkomst, KompasVraag } from '../../src/schemas/kompas';
import { expect, test, withDevtools } from './reused-page';
import { tabTo } from './scenario-keyboard';

// The routes come from the content, so the spec holds for whatever questions and outcomes the YAML has.
const read = <T>(name: string) =>
  parse(readFileSync(new URL(`../../content/kompas/${name}`, import.meta.url), 'utf8')) as T;
const questions = read<KompasVraag[]>('vragen.yaml');
const outcomes = read<KompasUitkomst[]>('uitkomsten.yaml');
const questionById = new Map(questions.map((question) => [question.id, question]));

interface Walk {
  outcome: KompasUitkomst;
  steps: RouteStep[];
  /** Whether more than one route leads to the outcome; then the page needs the address to know which. */
  shared: boolean;
}

/** Outcomes spread over the content, the same number per pet, at least five in all if there are; the first route to each. */
function chooseWalks(count: number): Walk[] {
  const perPet = Math.ceil(count / 3);
  const spread = Object.keys(pets).map((pet) => {
    const list = outcomes.filter((outcome) => outcome.pet === pet);
    const picks = Array.from(
      { length: perPet },
      (_, round) => list[Math.floor((list.length * (round + 0.5)) / perPet)],
    );
    return [...new Set(picks)].filter((outcome) => outcome !== undefined);
  });
  const chosen = spread.flat();
  for (const outcome of outcomes)
    if (chosen.length < Math.min(count, outcomes.length) && !chosen.includes(outcome)) chosen.push(outcome);
  return chosen.map((outcome) => {
    const routes = routesTo(questions, outcome.id, 2);
    return { outcome, steps: routes[0] ?? [], shared: routes.length > 1 };
  });
}

const walks = chooseWalks(6);
const label = (step: RouteStep) => questionById.get(step.question)?.answers.find((a) => a.id === step.answer)?.label;

/** Skips the site navigation as a keyboard user does: the first Tab stop is "Naar de inhoud", Enter. */
async function skipToContent(page: Page) {
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
}

/**
 * Walks a route from /kompas/, by keyboard (past the navigation, Tab to each answer link, Enter) or, where the
 * keyboard was already walked with scripts on, by clicking the links.
 */
async function walkRoute(page: Page, walk: Walk, { withRoute, by }: { withRoute: boolean; by: 'keyboard' | 'click' }) {
  const follow = async (link: Locator) => {
    if (by === 'click') return link.click();
    await skipToContent(page);
    await tabTo(page, link);
    await page.keyboard.press('Enter');
  };
  await page.goto('/kompas/');
  await follow(page.getByRole('link', { name: 'Begin met de eerste vraag' }));
  for (const [index, step] of walk.steps.entries()) {
    const question = questionById.get(step.question);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question?.title ?? '');
    await follow(page.locator(`a[data-step="${step.question}.${step.answer}"]`));
    const next = question?.answers.find((answer) => answer.id === step.answer)?.next ?? '';
    // With JavaScript the address carries every answer so far; without, the link's own answer.
    const expected = withRoute ? walk.steps.slice(0, index + 1) : [step];
    // Waiting for the navigation itself, not polling the address, which slept 100 ms or more per step.
    await page.waitForURL(new RegExp(`${literal(kompasHref(next, expected))}$`));
  }
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The outcome page shows its pet, verdict and every source. */
async function expectOutcome(page: Page, outcome: KompasUitkomst) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcome.title);
  await expect(page.locator(`[data-pet="${outcome.pet}"]`)).toHaveText(petLabel(outcome.pet));
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', outcome.verdict);
  await expect(page.locator('[data-verdict]')).toContainText(outcome.verdictText.trim().slice(0, 40));
  const sources = page.getByRole('region', { name: 'Bronnen' }).getByRole('listitem');
  await expect(sources).toHaveCount(outcome.sources.length);
  for (const [index, source] of outcome.sources.entries()) await expect(sources.nth(index)).toContainText(source.title);
  const safety = page.getByText('Bij acuut gevaar: bel 112.');
  await (outcome.danger ? expect(safety).toBeVisible() : expect(safety).toHaveCount(0));
}

/** "Jouw afweging" lists each question with the answer given, in the order they were answered. */
async function expectRouteShown(page: Page, steps: RouteStep[]) {
  const shown = page.getByRole('region', { name: 'Jouw afweging' }).getByRole('listitem');
  await expect(shown).toHaveCount(steps.length);
  for (const [index, step] of steps.entries()) {
    await expect(shown.nth(index)).toContainText(questionById.get(step.question)?.title ?? '');
    await expect(shown.nth(index)).toContainText(label(step) ?? '');
  }
}

test('the start page, the main navigation and the end of every lesson lead to the Pettenkompas', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Naar het Pettenkompas' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pettenkompas: mag ik dit delen?');
  await expect(
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kompas' }),
  ).toHaveAttribute('aria-current', 'page');
  const lessons = readdirSync(new URL('../../content/lessons/', import.meta.url)).map((name) =>
    name.replace('.mdx', ''),
  );
  // The link is plain server HTML at the end of each lesson: reading the pages' HTML is enough, and a tenth of
  // the time of rendering eight lessons with their islands.
  for (const lesson of lessons) {
    const html = await (await page.request.get(`/lessen/${lesson}/`)).text();
    expect(html, lesson).toMatch(/<a [^>]*href="\/kompas\/"[^>]*>\s*Gebruik het Pettenkompas\s*<\/a>/);
  }
});

test('the routes walked cover all three pets and at least five outcomes', () => {
  expect(walks.length).toBeGreaterThanOrEqual(5);
  expect(new Set(walks.map((walk) => walk.outcome.pet)).size).toBe(3);
});

for (const walk of walks) {
  test(`by keyboard to "${walk.outcome.id}": pet, verdict, sources and the route match the answers`, async ({
    page,
  }) => {
    await walkRoute(page, walk, { withRoute: true, by: 'keyboard' });
    await expectOutcome(page, walk.outcome);
    await expectRouteShown(page, walk.steps);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });
}

test.describe('without JavaScript', () => {
  for (const walk of walks) {
    test(`the same walk to "${walk.outcome.id}" works with plain links`, async ({ page }) => {
      await withDevtools(page, async (devtools) => {
        await devtools.send('Emulation.setScriptExecutionDisabled', { value: true });
        // With scripts on, the links would carry the whole route: the addresses checked on the way prove them off.
        await walkRoute(page, walk, { withRoute: false, by: 'click' });
        await expectOutcome(page, walk.outcome);
        const box = page.getByRole('region', { name: 'Jouw afweging' });
        if (walk.shared) {
          // Several routes lead here and only a script can read the address: the box says so.
          await expect(box.getByText('via meer dan één route')).toBeVisible();
          await expect(box.getByRole('listitem')).toHaveCount(0);
        } else {
          await expectRouteShown(page, walk.steps);
        }
      });
    });
  }
});

test('a shared link shows the same route, "Terug" follows it and the back button works', async ({ page }) => {
  const walk = walks.find((candidate) => candidate.steps.length >= 2) ?? walks[0];
  if (!walk) throw new Error('no route in the content');
  await page.goto(kompasHref(walk.outcome.id, walk.steps));
  await expectRouteShown(page, walk.steps);

  await page.getByRole('navigation', { name: 'Pettenkompas' }).getByRole('link', { name: 'Terug' }).click();
  const last = walk.steps.at(-1) as RouteStep;
  await expect(page).toHaveURL(new RegExp(`${literal(kompasHref(last.question, walk.steps.slice(0, -1)))}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionById.get(last.question)?.title ?? '');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${literal(`?route=${encodeRoute(walk.steps)}`)}$`));
  await expectRouteShown(page, walk.steps);
});

test('a route in the address that does not lead to the outcome is not shown as the route', async ({ page }) => {
  const walk = walks.find((candidate) => candidate.shared);
  test.skip(!walk, 'every outcome has one route only');
  if (!walk) return;
  await page.goto(`/kompas/${walk.outcome.id}/?route=${encodeRoute(walk.steps)}~verzonnen.antwoord`);
  const box = page.getByRole('region', { name: 'Jouw afweging' });
  await expect(box.getByText('via meer dan één route')).toBeVisible();
  await expect(box.getByRole('listitem')).toHaveCount(0);
});

/** The printable area of an A4 page in CSS pixels, with the margins of src/styles/print.css (18 mm by 16 mm). */
const a4 = { width: ((210 - 2 * 16) / 25.4) * 96, height: ((297 - 2 * 18) / 25.4) * 96 };

test('every outcome with its longest route prints on one A4 page', async ({ page }) => {
  // One page load per outcome and three PDFs: the time allowed grows with the content.
  test.setTimeout(15_000 + outcomes.length * 1_000);
  // Laid out in print media at the width of the printable area, each outcome must fit its height; the tallest
  // few are then printed for real, so the measurement is checked against the PDF and not only trusted.
  // A low window, so the page's height is its content's, not the window's.
  await page.setViewportSize({ width: Math.floor(a4.width), height: 100 });
  await page.emulateMedia({ media: 'print' });
  const heights: { id: string; href: string; height: number }[] = [];
  for (const outcome of outcomes) {
    const steps = routesTo(questions, outcome.id, 20).reduce<RouteStep[]>(
      (longest, route) => (route.length > longest.length ? route : longest),
      [],
    );
    const href = kompasHref(outcome.id, steps);
    await page.goto(href);
    await expect(page.getByRole('region', { name: 'Jouw afweging' }).getByRole('listitem')).toHaveCount(steps.length);
    heights.push({ id: outcome.id, href, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  }
  expect(heights.filter(({ height }) => height > a4.height).map(({ id, height }) => `${id}: ${height} px`)).toEqual([]);

  await page.emulateMedia({ media: null });
  const tallest = heights.sort((a, b) => b.height - a.height).slice(0, 3);
  for (const { id, href } of tallest) {
    await page.goto(href);
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length, `${id} printed`).toBe(1);
  }
});
