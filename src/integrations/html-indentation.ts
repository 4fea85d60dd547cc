import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stripIndentation } from '../lib/common/strip-indentation.ts';

/** After the build, takes the templates' indentation out of every page (before the search index and the precache). */
export function htmlIndentation(): AstroIntegration {
  return {
    name: 'pettenwijzer-html-indentation',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        let saved = 0;
        for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const html = readFileSync(file, 'utf8');
          const stripped = stripIndentation(html);
          saved += Buffer.byteLength(html) - Buffer.byteLength(stripped);
          writeFileSync(file, stripped);
        }
        logger.info(`took ${Math.round(saved / 1024)} KB of indentation out of the pages`);
      },
    },
  };
}
