import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findReplacedDirectives } from '../lib/common/island-directives';

/** Where islands are placed: the site's templates and the lessons' MDX. */
const islandFolders = ['src', 'content'];

/**
 * Adds `client:load-yielding` and `client:visible-yielding` (src/directives/): Astro's `load` and `visible`, except
 * that the island renders in a task of its own after its modules have run, which keeps a slow phone responsive.
 * A template or lesson that still uses Astro's own `client:load` or `client:visible` fails `astro build` and
 * `astro dev`, naming the file and line.
 */
export function yieldingHydration(): AstroIntegration {
  return {
    name: 'pettenwijzer:yielding-hydration',
    hooks: {
      'astro:config:setup': ({ addClientDirective, config }) => {
        for (const name of ['load-yielding', 'visible-yielding']) {
          addClientDirective({ name, entrypoint: fileURLToPath(new URL(`../directives/${name}.ts`, import.meta.url)) });
        }
        const problems = findReplacedDirectives(readIslandSources(fileURLToPath(config.root)));
        if (problems.length > 0) throw new Error(`Islands with Astro's own directive:\n${problems.join('\n')}`);
      },
    },
  };
}

function readIslandSources(root: string) {
  return islandFolders
    .map((folder) => join(root, folder))
    .filter((folder) => existsSync(folder))
    .flatMap((folder) => readdirSync(folder, { withFileTypes: true, recursive: true }))
    .filter((entry) => entry.isFile() && /\.(astro|mdx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => ({ path: relative(root, file).split('\\').join('/'), text: readFileSync(file, 'utf8') }));
}
