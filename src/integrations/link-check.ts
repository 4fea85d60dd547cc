import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  type BuiltPage,
  findLinkProblems,
  formatLinkProblems,
  locateLink,
  pagePathOf,
  readPageLinks,
  type SourceFile,
} from '../lib/internal-links';

/** Folders whose files may hold a link an author wrote: the content and the site's own templates. */
const sourceFolders = ['content', 'src'];
const sourceExtensions = /\.(mdx?|ya?ml|astro|tsx?)$/;

/**
 * Fails `astro build` when a page links to a page, file or #anchor that the build did not produce, naming
 * the file and line where the link is written (a lesson, a YAML Markdown field or a component).
 */
export function linkCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'pettenwijzer-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = filesUnder(outDir)
          .map((file) => relative(outDir, file))
          .sort();
        const pages: BuiltPage[] = files
          .filter((file) => file.endsWith('.html'))
          .map((file) => ({ path: pagePathOf(file), ...readPageLinks(readFileSync(join(outDir, file), 'utf8')) }));
        const paths = new Set(files.flatMap((file) => [pagePathOf(file), `/${file.split('\\').join('/')}`]));
        const problems = findLinkProblems(pages, paths);
        if (problems.length === 0) {
          logger.info(`checked the links on ${pages.length} pages`);
          return;
        }
        const sources = readSources(root);
        const located = problems.map((problem) => ({ ...problem, locations: locateLink(problem.href, sources) }));
        throw new Error(`Broken links in the built site.\n${formatLinkProblems(located)}`);
      },
    },
  };
}

function readSources(root: string): SourceFile[] {
  return sourceFolders
    .map((folder) => join(root, folder))
    .filter((folder) => existsSync(folder))
    .flatMap((folder) => filesUnder(folder))
    .filter((file) => sourceExtensions.test(file))
    .sort()
    .map((file) => ({ path: relative(root, file).split('\\').join('/'), text: readFileSync(file, 'utf8') }));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
