// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { contentFreshness } from './src/integrations/freshness.ts';
import { htmlCompaction } from './src/integrations/html-compaction.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { offlineSite } from './src/integrations/service-worker.ts';
import { yieldingHydration } from './src/integrations/yielding-hydration.ts';
import { site as siteFacts } from './src/site.ts';

// The public address is used for canonical links and the QR code on the handout.
// It is configured once in src/site.ts; set PETTENWIJZER_SITE when deploying somewhere else.
const site = process.env.PETTENWIJZER_SITE ?? siteFacts.address;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Astro's HTML compression drops the space between a word and a link that starts the next source line;
  // src/integrations/html-compaction.ts takes out only the indentation (and shortens the islands' escaped quotes).
  compressHTML: false,
  // The link check runs first, so a broken link fails the build before the search index is written; the service
  // worker comes last, as it precaches the search index too.
  integrations: [
    mdx(),
    preact(),
    yieldingHydration(),
    contentFreshness(),
    linkCheck(),
    htmlCompaction(),
    pagefindSearch(),
    offlineSite(),
  ],
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
});
