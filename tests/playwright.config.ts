import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './browser';

// Another port than `npm start`, and --ignore-lock, so the tests can run while the site is being served.
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/axe-script.ts',
  outputDir: './.output',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    launchOptions: launchOptions(),
    // A service worker answers requests before page.route sees them, and many specs route requests; only
    // offline.spec.ts, which tests the worker, allows it.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
