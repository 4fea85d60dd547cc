import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addressOf,
  cacheKeyOf,
  type ManifestEntry,
  precacheBreach,
  serviceWorkerSource,
} from '../../../src/lib/offline/precache';
import { offlineRegistrationScript } from '../../../src/lib/offline/registration-script';

describe('the precache list', () => {
  it.each([
    ['index.html', '/'],
    ['lessen/01-pettenvraagstuk/index.html', '/lessen/01-pettenvraagstuk/'],
    ['404.html', '/404.html'],
    ['_astro/Quiz.DSLeAoet.css', '/_astro/Quiz.DSLeAoet.css'],
    ['pagefind/wasm.nl.pagefind', '/pagefind/wasm.nl.pagefind'],
  ])('serves the built file %s at %s', (file, address) => {
    expect(addressOf(file)).toBe(address);
  });

  it('keys a file by its revision, and a hashed asset by its name alone', () => {
    expect(cacheKeyOf({ url: 'over/index.html', revision: 'abc' })).toBe('/over/?__pw_revision=abc');
    expect(cacheKeyOf({ url: '_astro/x.B1.js', revision: null })).toBe('/_astro/x.B1.js');
  });
});

describe('the service worker text', () => {
  const entries: ManifestEntry[] = [
    { url: 'index.html', revision: 'a' },
    { url: 'over/index.html', revision: 'b' },
  ];

  it('is the same for the same files in any order, so an unchanged build is no update', () => {
    expect(serviceWorkerSource([...entries].reverse())).toBe(serviceWorkerSource(entries));
  });

  it('changes when one file changes, so the browser sees a new version', () => {
    const changed = [entries[0] as ManifestEntry, { url: 'over/index.html', revision: 'c' }];
    expect(serviceWorkerSource(changed)).not.toBe(serviceWorkerSource(entries));
  });
});

describe('the budgets of the offline site', () => {
  it('accepts a precache up to its budget and names the sizes when it is over', () => {
    expect(precacheBreach(3_145_728, 3_145_728)).toBeUndefined();
    expect(precacheBreach(3_200_000, 3_145_728)).toBe(
      'precache: 3200000 B (3.05 MiB) > 3145728 B (3.00 MiB); leave more out in src/lib/offline/precache.ts or make the site smaller',
    );
  });

  it('keeps the registration script within what budgets.json lets it add to every page', () => {
    const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as { offlineScriptRawPerPage: number };
    expect(Buffer.byteLength(offlineRegistrationScript)).toBeLessThanOrEqual(budgets.offlineScriptRawPerPage);
  });
});
