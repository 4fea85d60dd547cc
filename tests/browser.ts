import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/** Where the Chromium for the end-to-end tests is: $CHROMIUM_PATH, Debian's, or Playwright's own. */
function findChromium(playwrightOwn: () => string): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    safely(playwrightOwn),
  ];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (found) return found;
  console.error(
    'No Chromium found: install one with `apt-get install chromium` (or `npx playwright install chromium`), or set CHROMIUM_PATH.',
  );
  process.exit(1);
}

function safely(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** How the tests start Chromium; `extraArgs` lets a spec play a differently configured browser. */
export function launchOptions(extraArgs: readonly string[] = []): LaunchOptions {
  return {
    executablePath: findChromium(() => chromium.executablePath()),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      ...extraArgs,
    ],
  };
}
