// The offline site: after one visit with network every page works without one, and a new version is offered
// instead of served silently. The other specs block service workers (playwright.config.ts); these two allow them
// in a browser context of their own, on a copy of the built site served by the spec, so the site can change while
// it is open. They run in order on one install of the worker: its first visit downloads the whole site, which is
// the slow part, and a trainer's day is the same: one visit online, offline at the venue, an update later.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { expectNoAxeViolations, isExternalRequest } from './audit';
import { distDir } from './built-pages';
import { expect, test } from './failure-report';
import { waitForIslands } from './hydration';

/** Waits until the page's service worker is active (so the precache is complete) and controls the page. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker && worker.state !== 'activated') {
      await new Promise((done) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && done(0)),
      );
    }
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const lesson = '/lessen/01-pettenvraagstuk/';
const oldText = 'Drie dagen, drie verschillende taken.';
const newText = 'Drie dagen, drie verschillende taken (herziene les).';

test.describe
  .serial('the offline site', () => {
    let root: string;
    let site: Awaited<ReturnType<typeof serveFolder>>;
    let context: BrowserContext;
    let page: Page;
    /** Every request of the context, the service worker's included, that went to another host. */
    const external: string[] = [];

    test.beforeAll(async ({ browser }) => {
      root = mkdtempSync(join(tmpdir(), 'pw-offline-'));
      cpSync(distDir, root, { recursive: true });
      site = await serveFolder(root);
      context = await browser.newContext({ serviceWorkers: 'allow' });
      context.on('request', (request) => {
        if (isExternalRequest(request.url(), site.origin)) external.push(request.url());
      });
      page = await context.newPage();
    });

    test.afterAll(async () => {
      await context?.close();
      await site?.close();
      if (root) rmSync(root, { recursive: true, force: true });
    });

    test('after one visit, a lesson, a scenario, the presenter deck, a kompas outcome and search work offline', async () => {
      await page.goto(`${site.origin}/`);
      await waitForOfflineReady(page);
      await context.setOffline(true);
      const open = (path: string) => page.goto(`${site.origin}${path}`);

      await open(lesson);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Het pettenvraagstuk');
      await expect(page.getByText(oldText)).toBeVisible();

      // The islands need their scripts from the precache too.
      await open('/scenarios/school-belt/');
      await waitForIslands(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('De mentor belt');
      await expect(page.getByText('De mentor van een leerling belt het wijkteam')).toBeVisible();

      await open('/trainer/presentatie/');
      await waitForIslands(page);
      await expect(page.getByRole('heading', { name: 'Doe mee', level: 2 })).toBeVisible();
      await expect(page.getByRole('img', { name: /^QR-code naar .+\/stellingen$/ })).toBeVisible();

      // The route lives in the address; the page is found by its path.
      await open('/kompas/pet-onduidelijk/?route=wat-doe-je-nu.weet-niet~welke-pet-toets.nog-steeds-niet');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je weet niet zeker welke pet je op hebt');
      await expect(page.getByText('Deel nog niets over de inwoner.')).toBeVisible();

      // Pagefind's script, WebAssembly and index come from the precache as well.
      await open('/zoeken/?q=spagaat');
      await expect(page.locator('.pw-search__results').getByRole('link', { name: 'De spagaat' })).toBeVisible();

      const unknown = await open('/bestaat-niet/');
      expect(unknown?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet (meer)');
      expect(external).toEqual([]);
      await context.setOffline(false);
    });

    test('a new version is offered with "Vernieuwen", downloads only what changed and keeps the learner data', async () => {
      await page.goto(`${site.origin}${lesson}`);
      await waitForOfflineReady(page);
      await page.evaluate(() => localStorage.setItem('pettenwijzer:offline-test', 'blijft'));
      const refresh = page.getByRole('button', { name: 'Vernieuwen' });
      await expect(refresh).toBeHidden();

      // What a second build with a changed lesson deploys: the page, and sw.js written by the build's own function.
      const file = join(root, lesson, 'index.html');
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(oldText);
      writeFileSync(file, html.replace(oldText, newText));
      const { count } = await writeServiceWorker(root);
      site.requested.length = 0;

      // The browser checks for a new worker on its own after a navigation, at a moment of its choosing; the test
      // asks at once, as the browser does then. The banner appears when the new version has installed…
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await expect(page.getByText('Nieuwe versie beschikbaar')).toBeVisible();
      const pagesFetched = site.requested.filter((path) => path.endsWith('/') || path.endsWith('.html'));
      expect(pagesFetched, 'only the changed page is downloaded again').toEqual([lesson]);
      // …and on every page opened while it waits; until the learner chooses, the old version stays, whole.
      await page.reload();
      await expect(page.getByText('Nieuwe versie beschikbaar')).toBeVisible();
      await expect(page.getByText(oldText)).toBeVisible();
      // The banner as a phone in dark mode shows it: no WCAG problem, no sideways scrolling; not on paper.
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page, { label: 'update banner at 360 px in dark mode: ' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'sideways scrolling at 360 px').toBeLessThanOrEqual(0);
      await page.emulateMedia({ media: 'print' });
      await expect(refresh).toBeHidden();
      await page.emulateMedia({ media: null });

      await refresh.focus();
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      await expect(page.getByText(newText)).toBeVisible();
      await expect(refresh).toBeHidden();
      expect(await page.evaluate(() => localStorage.getItem('pettenwijzer:offline-test'))).toBe('blijft');
      const stored = await page.evaluate(async () => {
        const names = await caches.keys();
        const requests = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
        return { names, urls: requests.flat().map((request) => request.url) };
      });
      expect(stored.names).toEqual(['pettenwijzer-precache']);
      expect(stored.urls, 'the old version of the lesson is deleted').toHaveLength(count);
      expect(stored.urls.filter((url) => !url.startsWith(site.origin))).toEqual([]);
      expect(external).toEqual([]);
    });
  });

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** A static server for a built site on a free port of 127.0.0.1, which records the paths it is asked for. */
async function serveFolder(root: string): Promise<{ origin: string; requested: string[]; close(): Promise<void> }> {
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requested.push(path);
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404, { 'content-type': contentTypes['.html'] }).end(readFileSync(join(root, '404.html')));
      return;
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
