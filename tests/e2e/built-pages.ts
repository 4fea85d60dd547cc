import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder `astro build` writes to. */
export const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * The URL path of every HTML page in the built site, e.g. `/`, `/over/`, `/404.html`. Throws when there is no
 * build, so a spec that makes one test per page cannot pass by making none.
 */
export function builtPages(): string[] {
  const pages = existsSync(distDir) ? htmlFiles(distDir) : [];
  if (pages.length === 0) throw new Error(`No built pages in ${distDir}: run \`npm run build\` first.`);
  return pages
    .map((file) => relative(distDir, file).split(sep).join('/'))
    .map((path) => (path.endsWith('index.html') ? `/${path.slice(0, -'index.html'.length)}` : `/${path}`))
    .sort();
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The built HTML of a page, by its URL path. */
export function builtHtml(path: string): string {
  return readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

/** The island components a built page hydrates, e.g. `QuestionBlock QuizScore RecordVisit StorageNotice`; empty for a page without. */
export function islandsOf(path: string): string {
  const components = [...builtHtml(path).matchAll(/component-url="[^"]*\/([A-Za-z]+)\.[^"/]*\.js"/g)].map(
    (match) => match[1],
  );
  return [...new Set(components)].sort().join(' ');
}

/**
 * One page of each kind that has islands, the first in URL order, with how many other pages hydrate the same
 * islands: they run the same code on the stored data (nine lessons, six scenarios), so one of them is checked.
 */
export function onePagePerIslandKind(): { path: string; alike: number }[] {
  const byIslands = Map.groupBy(
    builtPages().filter((path) => islandsOf(path) !== ''),
    islandsOf,
  );
  return [...byIslands.values()].map((paths) => ({ path: paths[0] ?? '', alike: paths.length - 1 }));
}
