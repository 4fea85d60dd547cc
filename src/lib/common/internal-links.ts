// Checks the links of the built site: every internal link must lead to a page or file that exists, and every
// #anchor to an element with that id. Pure logic: the integration in src/integrations/link-check.ts feeds it
// the pages in dist/ and the source files to point authors at.
import { closestIds } from './closest-ids';
import { plural } from './format';

/** A built HTML page: its address, the ids of its elements and the hrefs of its links. */
export interface BuiltPage {
  path: string;
  ids: ReadonlySet<string>;
  hrefs: readonly string[];
}

/** One broken link: on which page, the href as written in the HTML, what is wrong and how to fix it. */
export interface LinkProblem {
  page: string;
  href: string;
  message: string;
  fix: string;
}

/** A text file an author may have written a link in, e.g. `content/lessons/01-x.mdx`. */
export interface SourceFile {
  path: string;
  text: string;
}

/** Where a broken link is written: file and line. */
export interface LinkLocation {
  file: string;
  line: number;
}

const siteOrigin = 'https://pettenwijzer.invalid';
const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/** The ids and the link hrefs in a page's HTML. Values are entity-decoded, as a browser reads them. */
export function readPageLinks(html: string): { ids: Set<string>; hrefs: string[] } {
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? '')));
  const hrefs = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ''));
  return { ids, hrefs };
}

/** The address a file in dist/ is served at: `lessen/x/index.html` → `/lessen/x/`, `404.html` → `/404.html`. */
export function pagePathOf(distFile: string): string {
  const path = `/${distFile.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Every broken link on the given pages. `files` holds the address of every file in the built site (pages
 * included, as given by pagePathOf), so links to downloads and assets count as well.
 */
export function findLinkProblems(pages: readonly BuiltPage[], files: ReadonlySet<string>): LinkProblem[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const pagePaths = pages.map((page) => page.path).filter((path) => path.endsWith('/'));
  return pages.flatMap((page) =>
    [...new Set(page.hrefs)].flatMap((href) => {
      const problem = checkLink(page, href, byPath, files, pagePaths);
      return problem ? [{ page: page.path, href, ...problem }] : [];
    }),
  );
}

function checkLink(
  page: BuiltPage,
  href: string,
  byPath: ReadonlyMap<string, BuiltPage>,
  files: ReadonlySet<string>,
  pagePaths: readonly string[],
): { message: string; fix: string } | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme !== undefined) return checkExternal(href, scheme);
  if (href.startsWith('//')) return undefined;
  const target = new URL(href, `${siteOrigin}${page.path}`);
  const path = safeDecode(target.pathname);
  const fragment = safeDecode(target.hash.slice(1));
  const targetPage = byPath.get(path);
  if (!files.has(path)) {
    const withSlash = `${path}/`;
    const fix = files.has(withSlash)
      ? `end the address with a slash: ${withSlash}${target.hash}`
      : `link to a page that exists (did you mean ${closestIds(path, pagePaths).join(', ')}?), or remove the link.`;
    return { message: `there is no page ${path}`, fix };
  }
  if (fragment === '' || !targetPage || targetPage.ids.has(fragment)) return undefined;
  const where = targetPage === page ? 'this page' : `the page ${path}`;
  const suggestions = closestIds(fragment, [...targetPage.ids]);
  return {
    message: `${where} has no element with id "${fragment}"`,
    fix: `use an id that exists on ${where}${suggestions.length > 0 ? ` (did you mean ${suggestions.map((id) => `#${id}`).join(', ')}?)` : ''}, or link to the page without #${fragment}.`,
  };
}

/** A link out of the site only needs a known scheme and, for http(s), a host: `htp:/x.nl` is a typo. */
function checkExternal(href: string, scheme: string): { message: string; fix: string } | undefined {
  if (!allowedSchemes.has(scheme)) {
    return {
      message: `the address starts with "${scheme}:", which browsers cannot open`,
      fix: 'write a full web address that starts with https://, or a link inside the site that starts with /.',
    };
  }
  if ((scheme === 'http' || scheme === 'https') && !/^https?:\/\/[^/]/i.test(href)) {
    return {
      message: `the address has no host name after "${scheme}:"`,
      fix: `write two slashes and the host name, e.g. ${scheme}://wetten.overheid.nl/….`,
    };
  }
  return undefined;
}

/**
 * The files and lines where a link's href is written, as it appears in HTML or as an author types it: as a
 * whole link target, e.g. `](/lessen/x/)` or `href="/lessen/x/"`, so `/` does not match every slash.
 */
export function locateLink(href: string, sources: readonly SourceFile[]): LinkLocation[] {
  const needles = [...new Set([href, safeDecode(href), href.replaceAll('&', '&amp;')])];
  const written = new RegExp(`(?:^|[\\s(<"'=])(?:${needles.map(escapeRegExp).join('|')})(?:$|[\\s)>"'])`);
  return sources.flatMap((source) =>
    source.text
      .split('\n')
      .flatMap((text, index) => (written.test(text) ? [{ file: source.path, line: index + 1 }] : [])),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One broken link with the places it is written, ready to be reported. */
export interface LocatedProblem extends LinkProblem {
  locations: readonly LinkLocation[];
}

/**
 * The build error for broken links, grouped by the file an author has to change. A link found in no file
 * (made by a template from data) is reported under its page. The same link on many pages is one bullet.
 */
export function formatLinkProblems(problems: readonly LocatedProblem[]): string {
  const groups = new Map<string, Map<string, { problem: LocatedProblem; at: string; pages: Set<string> }>>();
  for (const problem of problems) {
    const places =
      problem.locations.length > 0
        ? problem.locations.slice(0, 3).map(({ file, line }) => ({
            heading: `${file.startsWith('content/') ? 'Content file' : 'File'} ${file}`,
            at: `line ${line}`,
          }))
        : [
            {
              heading: `Page ${problem.page} (the link is not written as such in content/ or src/: a template makes it)`,
              at: 'a link',
            },
          ];
    for (const { heading, at } of places) {
      const bullets = groups.get(heading) ?? new Map();
      groups.set(heading, bullets);
      const key = `${at} ${problem.href}`;
      const bullet = bullets.get(key) ?? { problem, at, pages: new Set<string>() };
      bullets.set(key, bullet);
      bullet.pages.add(problem.page);
    }
  }
  return [...groups]
    .map(([heading, bullets]) => {
      const count = plural(bullets.size, 'broken link', 'broken links');
      const lines = [...bullets.values()].map(({ problem, at, pages }) => {
        const [first = '', ...others] = [...pages].sort();
        const on = others.length === 0 ? `on page ${first}` : `on ${others.length + 1} pages, e.g. ${first}`;
        return `  • ${at} (${on}): the link "${problem.href}" is broken: ${problem.message}.\n    Fix: ${problem.fix}`;
      });
      return [`${heading} has ${count}:`, ...lines].join('\n');
    })
    .join('\n');
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|quot|#39|lt|gt);/g,
    (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[name] ?? '',
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
