import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { singleQuoteIslandAttributes } from '../lib/common/island-attributes.ts';
import { stripIndentation } from '../lib/common/strip-indentation.ts';

/**
 * After the build, makes every page smaller without changing what the browser reads (before the search index and
 * the precache): takes the templates' indentation out, and writes the islands' JSON attributes in single quotes.
 */
export function htmlCompaction(): AstroIntegration {
  return {
    name: 'pettenwijzer-html-compaction',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        let saved = 0;
        for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const html = readFileSync(file, 'utf8');
          const compacted = singleQuoteIslandAttributes(stripIndentation(html));
          saved += Buffer.byteLength(html) - Buffer.byteLength(compacted);
          writeFileSync(file, compacted);
        }
        logger.info(`took ${Math.round(saved / 1024)} KB of indentation and escaped quotes out of the pages`);
      },
    },
  };
}
