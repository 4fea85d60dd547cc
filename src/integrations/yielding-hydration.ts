import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findReplacedDirectives, replacedDirectives } from '../lib/common/island-directives';
import { readSourceFiles } from './source-files';

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
        for (const name of Object.values(replacedDirectives).map((directive) => directive.replace('client:', ''))) {
          addClientDirective({ name, entrypoint: fileURLToPath(new URL(`../directives/${name}.ts`, import.meta.url)) });
        }
        const problems = findReplacedDirectives(
          readSourceFiles(fileURLToPath(config.root), islandFolders, /\.(astro|mdx)$/),
        );
        if (problems.length > 0) throw new Error(`Islands with Astro's own directive:\n${problems.join('\n')}`);
      },
    },
  };
}
