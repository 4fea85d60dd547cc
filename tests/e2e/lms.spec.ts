// The LMS packages (`npm run package`, run before these tests) in a fake LMS: scorm-again provides the SCORM 1.2
// API on a host page, a mocked LRS takes the cmi5 statements. Both are served by routes from the unzipped
// packages, on an origin of their own, so they need a fresh browser context rather than the shared page.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, test } from './failure-report';
import { hydrateAllIslands } from './hydration';

const lms = 'http://lms.test';

// Each test is a whole launch in a fresh context, three frames deep; on a shared 2-core machine the longest
// (pass, relaunch, resume) came close to the 30 s default while the same run took under 12 s unloaded.
test.describe.configure({ timeout: 60_000 });
const packages = fileURLToPath(new URL('../../packages/', import.meta.url));
function unzipped(name: string): Record<string, Uint8Array> {
  if (!existsSync(`${packages}${name}`)) throw new Error(`No packages/${name}: run \`npm run package\` first.`);
  return unzipSync(readFileSync(`${packages}${name}`));
}
const scorm = unzipped('pettenwijzer-scorm12.zip');
const cmi5 = unzipped('pettenwijzer-cmi5.zip');
// scorm-again's own SCORM 1.2 build (its package exports do not list the file, so it is read by path).
const scormAgain = readFileSync(
  fileURLToPath(new URL('../../node_modules/scorm-again/dist/scorm12.min.js', import.meta.url)),
);

interface Lesson {
  slug: string;
  quizId: string;
  quizMax: number;
}
const launcherConfig = (files: Record<string, Uint8Array>) =>
  JSON.parse(/<script type="application\/json" id="pw-lms">(.*?)<\/script>/s.exec(text(files['lms.html']))?.[1] ?? '')
    .lessons as Lesson[];
const lessons = launcherConfig(scorm);
const totalMax = lessons.reduce((sum, lesson) => sum + lesson.quizMax, 0);
const firstQuizMax = lessons.find((lesson) => lesson.quizId === 'les-01')?.quizMax ?? 0;

const host = `<!DOCTYPE html><html lang="en"><head><title>Fake LMS</title><script src="/scorm-again.js"></script></head>
<body><iframe id="sco" title="SCO" style="width:1200px;height:800px"></iframe><script>
window.API = new Scorm12API({ logLevel: 5 });
window.startSco = (saved) => { if (saved) API.loadFromJSON(saved); document.getElementById('sco').src = 'pkg/lms.html'; };
</script></body></html>`;

function text(bytes: Uint8Array | undefined): string {
  return new TextDecoder().decode(bytes ?? new Uint8Array());
}

const types: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  svg: 'image/svg+xml',
};

/** A file of the fake LMS: the host page, scorm-again, or a package's file under /pkg/. */
function lmsFile(
  files: Record<string, Uint8Array>,
  path: string,
): { status: number; type: string; body: Buffer | string } {
  if (path === '/host.html') return { status: 200, type: 'text/html', body: host };
  if (path === '/scorm-again.js') return { status: 200, type: 'text/javascript', body: scormAgain };
  const file = path.startsWith('/pkg/') ? files[decodeURIComponent(path.slice('/pkg/'.length))] : undefined;
  if (!file) return { status: 404, type: 'text/plain', body: 'not in the package' };
  return {
    status: 200,
    type: types[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
    body: Buffer.from(file),
  };
}

/** Serves the fake LMS on its own origin through routes, without a server. */
async function serveLms(context: BrowserContext, files: Record<string, Uint8Array>): Promise<void> {
  await context.route(`${lms}/**`, (route) => {
    const { status, type, body } = lmsFile(files, new URL(route.request().url()).pathname);
    return route.fulfill({ status, contentType: type, body });
  });
}

/** Seven lessons passed in full before, so the knowledge check of lesson 1 decides the course. */
const sevenPassed = Object.fromEntries(
  lessons
    .filter((lesson) => lesson.quizId !== 'les-01')
    .map((lesson) => [
      lesson.quizId,
      {
        questions: {},
        result: { score: lesson.quizMax, max: lesson.quizMax, passed: true, completedAt: '2026-11-20T09:00:00.000Z' },
      },
    ]),
);

async function seedSevenPassed(page: Page): Promise<void> {
  await page.evaluate(
    (data) => localStorage.setItem('pettenwijzer:quizzes', JSON.stringify({ version: 1, data })),
    sevenPassed,
  );
}

const firstCheck = 'kennischecks/les-01/index.html';

/** The course page inside the launcher inside the LMS's frame. */
const course = (page: Page): FrameLocator => page.frameLocator('#sco').frameLocator('iframe');

/** Opens lesson 1's knowledge check inside the package, as a learner following a link would. */
async function openFirstCheck(page: Page, base: string): Promise<FrameLocator> {
  const frame = course(page);
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
  const inner = page
    .frames()
    .find((candidate) => candidate.url().startsWith(base) && !candidate.url().includes('lms.html'));
  await inner?.goto(`${base}${firstCheck}`);
  return checkReady(page);
}

/** Waits until the knowledge check in the course frame has hydrated. */
async function checkReady(page: Page): Promise<FrameLocator> {
  const frame = course(page);
  // Three frames deep, through routes: on a loaded 2-core machine the first page can take longer than 5 s.
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Kennischeck: het pettenvraagstuk', {
    timeout: 15_000,
  });
  const inner = page.frames().find((candidate) => candidate.url().includes('/kennischecks/'));
  if (!inner) throw new Error('no knowledge check in the course frame');
  // Each question hydrates when it scrolls into view; an answer given before that would be lost to the first render.
  await hydrateAllIslands(inner);
  return frame;
}

const question = (frame: FrameLocator, n: number) => frame.getByRole('region', { name: `Vraag ${n}`, exact: true });

async function answerFirstCheckRight(frame: FrameLocator): Promise<void> {
  await question(frame, 1)
    .getByRole('radio', { name: /^Eén professional voert taken uit/ })
    .check();
  await question(frame, 1).getByRole('button', { name: 'Controleer' }).click();
  for (const name of [/^De inwoner weet/, /^Professionals durven/, /^De professional staat/]) {
    await question(frame, 2).getByRole('checkbox', { name }).check();
  }
  await question(frame, 2).getByRole('button', { name: 'Controleer' }).click();
  await question(frame, 3).getByRole('radio', { name: 'De organisatie', exact: true }).check();
  await question(frame, 3).getByRole('button', { name: 'Controleer' }).click();
  const selects = question(frame, 4).getByRole('combobox');
  for (const [index, label] of ['De organisatie', 'De organisatie', 'De professional', 'De professional'].entries()) {
    await selects.nth(index).selectOption({ label });
  }
  await question(frame, 4).getByRole('button', { name: 'Controleer' }).click();
  await expect(frame.getByRole('status').filter({ hasText: 'Je score' })).toContainText(
    `Je score: ${firstQuizMax} van ${firstQuizMax} punten (100%). Gehaald!`,
  );
}

const cmiValue = (page: Page, element: string) =>
  page.evaluate((name) => {
    const api = (window as unknown as { API: { LMSGetValue: (name: string) => string } }).API;
    return api.LMSGetValue(name);
  }, element);

test.describe('SCORM 1.2 package in scorm-again', () => {
  test('a passed check passes the course, with score and resume data; after a relaunch in an empty browser the learner continues', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    await serveLms(context, scorm);
    const page = await context.newPage();
    await page.goto(`${lms}/host.html`);
    await seedSevenPassed(page);
    await page.evaluate(() => (window as unknown as { startSco: () => void }).startSco());
    const frame = await openFirstCheck(page, `${lms}/pkg/`);
    await answerFirstCheckRight(frame);

    await expect.poll(() => cmiValue(page, 'cmi.core.lesson_status')).toBe('passed');
    expect(await cmiValue(page, 'cmi.core.score.raw')).toBe('100');
    expect(await cmiValue(page, 'cmi.core.score.max')).toBe('100');
    expect(await cmiValue(page, 'cmi.core.lesson_location')).toBe('kennischecks/les-01/index.html');
    const suspendData = await cmiValue(page, 'cmi.suspend_data');
    expect(suspendData).toMatch(/^pw1:/);
    expect(suspendData.length).toBeLessThanOrEqual(4096);

    // The LMS keeps what was committed; the learner comes back on another computer (nothing stored locally).
    const saved = await page.evaluate(() =>
      (window as unknown as { API: { renderCMIToJSONObject: () => unknown } }).API.renderCMIToJSONObject(),
    );
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.evaluate((cmi) => (window as unknown as { startSco: (saved: unknown) => void }).startSco(cmi), saved);
    await checkReady(page);
    await expect(course(page).getByRole('status').filter({ hasText: 'Je score' })).toContainText(
      `Je score: ${firstQuizMax} van ${firstQuizMax} punten`,
    );
    await context.close();
  });

  test('a failed check leaves the course failed with its lower score', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    await serveLms(context, scorm);
    const page = await context.newPage();
    await page.goto(`${lms}/host.html`);
    await seedSevenPassed(page);
    // The LMS sends the learner back to where the last session ended: lesson 1's knowledge check.
    await page.evaluate(
      (location) =>
        (window as unknown as { startSco: (saved: unknown) => void }).startSco({ core: { lesson_location: location } }),
      firstCheck,
    );
    const frame = await checkReady(page);
    // Checking without answering scores nothing.
    for (const n of [1, 2, 3, 4]) {
      await question(frame, n).getByRole('button', { name: 'Controleer' }).click();
      await expect.poll(() => cmiValue(page, 'cmi.core.lesson_status')).toBe(n < 4 ? 'incomplete' : 'failed');
    }
    expect(await cmiValue(page, 'cmi.core.score.raw')).toBe(
      String(Math.round((100 * (totalMax - firstQuizMax)) / totalMax)),
    );
    await context.close();
  });

  test('opened as plain files, without an LMS, it is the normal site with working links', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    await serveLms(context, scorm);
    const page = await context.newPage();
    await page.goto(`${lms}/pkg/lms.html`);
    await expect(page).toHaveURL(`${lms}/pkg/index.html`);
    await page.goto(`${lms}/pkg/voortgang/index.html`);
    // "Verder waar je was" is rendered by an island with a root-absolute link; inside the package it is relative.
    const next = page.getByRole('link', { name: /Les 1/ }).first();
    await expect(next).toHaveAttribute('href', /^\.\.\/lessen\/[a-z0-9-]+\/index\.html$/);
    await next.click();
    await expect(page).toHaveURL(/\/pkg\/lessen\/01-pettenvraagstuk\/index\.html$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Het pettenvraagstuk');
    await context.close();
  });
});

test('cmi5 package: launch, initialized, resume where the learner was, completed and passed, terminated against a mocked LRS', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'nl-NL' });
  // The LMS and its LRS on one real listener on 127.0.0.1 rather than routes: "terminated" is sent with keepalive
  // as the launcher's frame goes away, and Playwright does not always intercept a request of a frame that is gone.
  const statements: { verb: string; score?: number; authorization?: string }[] = [];
  const lrsServer = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const json = (body: unknown, status = 200) =>
      response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      if (!url.pathname.startsWith('/lrs/')) {
        const { status, type, body: file } = lmsFile(cmi5, url.pathname);
        return response.writeHead(status, { 'Content-Type': type }).end(file);
      }
      if (url.pathname.endsWith('/fetch')) return json({ 'auth-token': 'dGVzdDp0ZXN0' });
      const stateId = url.searchParams.get('stateId');
      if (url.pathname.endsWith('/activities/state') && stateId === 'LMS.LaunchData') {
        return json({
          contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' } },
          launchMode: 'Normal',
          moveOn: 'CompletedAndPassed',
        });
      }
      if (url.pathname.endsWith('/statements')) {
        const sent = JSON.parse(body) as { verb: { id: string }; result?: { score?: { raw?: number } } };
        for (const statement of [sent].flat()) {
          statements.push({
            verb: statement.verb.id.split('/').pop() ?? '',
            score: statement.result?.score?.raw,
            authorization: request.headers.authorization,
          });
        }
        return json(['id']);
      }
      // The package's own state document: the last session ended on lesson 1's knowledge check.
      if (url.pathname.endsWith('/activities/state') && request.method === 'GET') return json({ location: firstCheck });
      return response.writeHead(request.method === 'GET' ? 404 : 204).end();
    });
  });
  await new Promise<void>((listening) => lrsServer.listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${(lrsServer.address() as AddressInfo).port}`;
  const lrs = `${origin}/lrs/`;

  const page = await context.newPage();
  await page.goto(`${origin}/host.html`);
  await seedSevenPassed(page);
  const launch = new URLSearchParams({
    endpoint: lrs,
    fetch: `${lrs}fetch`,
    actor: JSON.stringify({ objectType: 'Agent', account: { homePage: lms, name: 'learner-1' } }),
    registration: '7d1a3a1e-1b5e-4a5c-9a4e-0c2f1f4b2c11',
    activityId: 'https://pettenwijzer.nl/cmi5/cursus',
  });
  await page.evaluate((query) => {
    (document.getElementById('sco') as HTMLIFrameElement).src = `pkg/lms.html?${query}`;
  }, launch.toString());
  const frame = await checkReady(page);
  await expect.poll(() => statements.map((statement) => statement.verb)).toEqual(['initialized']);
  await answerFirstCheckRight(frame);
  await expect
    .poll(() => statements.map((statement) => statement.verb))
    .toEqual(['initialized', 'completed', 'passed']);
  expect(statements.find((statement) => statement.verb === 'passed')?.score).toBe(100);
  // The learner closes the course: the LMS empties its frame, the launcher goes away and says so.
  await page.evaluate(() => document.getElementById('sco')?.remove());
  await expect.poll(() => statements.at(-1)?.verb).toBe('terminated');
  expect(new Set(statements.map((statement) => statement.authorization))).toEqual(new Set(['Basic dGVzdDp0ZXN0']));
  await context.close();
  lrsServer.close();
});
