import { readFileSync } from 'node:fs';
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
} from '../lib/common/internal-links';
import { filesUnder, readSourceFiles } from './source-files';

/** Folders whose files may hold a link an author wrote: the content and the site's own templates. */
const sourceFolders = ['content', 'src'];
const sourceExtensions = /\.(mdx?|ya?ml|astro|tsx?)$/;

/**
 * Fails `astro build` when a page links to a page, file or #anchor that the build did not produce, naming
 * the file and line where the link is written (a lesson, a YAML Markdown field or a component).
 */
export function linkCheck(): AstroIntegration {
  let root = process.cwd();
  let devOrigin: string | undefined;
  return {
    name: 'pettenwijzer-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:start': ({ address }) => {
        devOrigin = `http://localhost:${address.port}`;
      },
      // In `astro dev` nothing is built ahead, so each page is checked when it is served: the links an author
      // wrote in content/ are requested from the dev server itself, and a broken one is a warning in the terminal.
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((request, response, next) => {
          const wantsPage = request.method === 'GET' && request.headers.accept?.includes('text/html');
          if (!wantsPage || request.headers[checkHeader]) return next();
          const chunks: Buffer[] = [];
          const write = response.write.bind(response);
          const end = response.end.bind(response);
          response.write = ((chunk: unknown, ...rest: never[]) => {
            if (chunk) chunks.push(Buffer.from(chunk as string));
            return write(chunk as string, ...rest);
          }) as typeof response.write;
          response.end = ((chunk?: unknown, ...rest: never[]) => {
            if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string));
            return end(chunk as string, ...rest);
          }) as typeof response.end;
          response.on('finish', () => {
            const type = String(response.getHeader('content-type') ?? '');
            if (!type.includes('text/html') || response.statusCode !== 200 || !devOrigin) return;
            const path = new URL(request.url ?? '/', devOrigin).pathname;
            checkServedPage(devOrigin, path, Buffer.concat(chunks).toString('utf8'), readSources(root, ['content']))
              .then((message) => message && logger.warn(message))
              .catch(() => {});
          });
          next();
        });
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

/** Marks the dev check's own requests, so the pages it fetches are not checked in turn. */
const checkHeader = 'x-pettenwijzer-link-check';

/** The warning for the broken links an author wrote on one served page, or undefined when they all work. */
async function checkServedPage(
  origin: string,
  path: string,
  html: string,
  sources: SourceFile[],
): Promise<string | undefined> {
  const page = { path, ...readPageLinks(html) };
  const written = page.hrefs.filter((href) => locateLink(href, sources).length > 0);
  const internal = written.filter((href) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href));
  const targets = [...new Set(internal.map((href) => new URL(href, `${origin}${path}`).pathname))].filter(
    (target) => target !== path,
  );
  const fetched = await Promise.all(
    targets.map(async (target) => {
      const answer = await fetch(`${origin}${target}`, { headers: { [checkHeader]: '1' } });
      const body = answer.ok ? await answer.text() : '';
      return { target, ok: answer.ok, page: { path: target, ...readPageLinks(body), hrefs: [] } };
    }),
  );
  const found = fetched.filter((item) => item.ok).map((item) => item.page);
  const files = new Set([path, ...found.map((item) => item.path)]);
  const problems = findLinkProblems([{ ...page, hrefs: written }, ...found], files);
  if (problems.length === 0) return undefined;
  const located = problems.map((problem) => ({ ...problem, locations: locateLink(problem.href, sources) }));
  return `Broken links (npm run build will fail on them):\n${formatLinkProblems(located)}`;
}

function readSources(root: string, folders = sourceFolders): SourceFile[] {
  return readSourceFiles(root, folders, sourceExtensions);
}
