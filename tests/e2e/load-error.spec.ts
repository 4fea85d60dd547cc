import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './audit';
import { builtHtml, distDir } from './built-pages';
import { expect, test } from './reused-page';

const scenarioPage = '/scenarios/coordinatie-zonder-wams/';
const firstChoice = 'Je legt Nadia uit wat je als regisseur';

/**
 * A module the scenario's island imports, not the island itself: when such a file fails once, Astro's retry (a new
 * URL for the island only) fails too, because the page keeps the failed module for the rest of its life.
 */
function sharedChunkOfTheScenario(): string {
  const island = /component-url="\/_astro\/(ScenarioPlayer\.[^"]+\.js)"/.exec(builtHtml(scenarioPage))?.[1];
  if (!island) throw new Error(`No ScenarioPlayer island on ${scenarioPage}`);
  const dependency = /from"\.\/([^"]+\.js)"/.exec(readFileSync(join(distDir, '_astro', island), 'utf8'))?.[1];
  if (!dependency) throw new Error(`${island} imports no other module`);
  return `/_astro/${dependency}`;
}

test('when a script is cut off once, the learner is told and can load the page again, which then works', async ({
  page,
}) => {
  const chunk = sharedChunkOfTheScenario();
  let cutOff = false;
  await page.route(`**${chunk}`, (route) => {
    if (cutOff) return route.continue();
    cutOff = true;
    return route.abort('connectionreset');
  });
  await page.goto(scenarioPage);
  const notice = page.getByText('Een deel van deze pagina kon niet laden');
  // Astro tries the island once more after a second before it gives up.
  await expect(notice).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('button', { name: firstChoice })).toBeDisabled();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Opnieuw laden' }).click();
  await expect(page.getByRole('button', { name: firstChoice })).toBeEnabled();
  await expect(notice).toBeHidden();
  expect(cutOff).toBe(true);
});
