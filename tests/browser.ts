import { existsSync } from 'node:fs';

/** Where the Chromium for the end-to-end tests is: $CHROMIUM_PATH, Debian's, or Playwright's own. */
export function findChromium(playwrightOwn: () => string): string {
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
