import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Only getManifest, imported from its own file: workbox-build's index loads rollup, babel and terser for
// generateSW, which cost 2.6 s to load and 12 s to run on this machine, against about 1 s for this. The worker
// itself is small and hand-written (src/lib/offline/service-worker.ts).
import { getManifest } from 'workbox-build/build/get-manifest.js';
import {
  cacheName,
  hashedFiles,
  type ManifestEntry,
  precacheIgnores,
  serviceWorkerSource,
} from '../lib/offline/precache.ts';

/** The precache list of a built site: every file but those in `notPrecached`, with its total size in bytes. */
export async function precacheEntries(distDir: string): Promise<{ entries: ManifestEntry[]; size: number }> {
  const { manifestEntries, size, warnings } = await getManifest({
    globDirectory: distDir,
    globPatterns: ['**/*'],
    globIgnores: precacheIgnores,
    dontCacheBustURLsMatching: hashedFiles,
    // Nothing may be left out silently for its size; the budget in budgets.json is the limit that counts.
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
  });
  if (warnings.length > 0) throw new Error(`Precache list: ${warnings.join('; ')}`);
  const entries = (manifestEntries ?? []).map(({ url, revision }) => ({ url, revision: revision ?? null }));
  return { entries, size };
}

/** Writes `sw.js` into a built site from the files there now; returns what it precaches. */
export async function writeServiceWorker(distDir: string): Promise<{ count: number; size: number }> {
  const { entries, size } = await precacheEntries(distDir);
  writeFileSync(join(distDir, 'sw.js'), serviceWorkerSource(entries));
  return { count: entries.length, size };
}

/** Served as /sw.js by `astro dev`: a worker left over from `npm start` on the same port removes itself. */
const retiringWorker = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(
  caches.delete('${cacheName}').then(() => self.registration.unregister()),
));
`;

/**
 * Makes the built site work offline: after Pagefind has written its index (so put this integration after it),
 * writes dist/sw.js, which precaches every page, script, style, icon and the search index. `astro dev` has no
 * service worker; BaseLayout registers one only in a build.
 */
export function offlineSite(): AstroIntegration {
  return {
    name: 'pettenwijzer-offline',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.url !== '/sw.js') return next();
          response.setHeader('content-type', 'text/javascript');
          response.end(retiringWorker);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { count, size } = await writeServiceWorker(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`service worker precaches ${count} files, ${(size / 1024).toFixed(0)} KB (${seconds} s)`);
      },
    },
  };
}
