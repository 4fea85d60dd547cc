import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from './built-pages';
import { expect, test } from './failure-report';

/** Every internal link and anchor on a built page, as [page, href]. */
function internalLinks(): [string, string][] {
  return builtPages().flatMap((page) => {
    const html = readFileSync(join(distDir, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
    return [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)]
      .map((match) => match[1] ?? '')
      .filter((href) => href.startsWith('/') || href.startsWith('#'))
      .map((href): [string, string] => [page, href]);
  });
}

function targetExists(page: string, href: string): boolean {
  const [path = '', fragment] = href.split('#');
  const targetPage = path === '' ? page : (path.split('?')[0] ?? '');
  const file = join(distDir, targetPage.endsWith('/') ? `${targetPage}index.html` : targetPage);
  if (!existsSync(file)) return false;
  if (!fragment) return true;
  return readFileSync(file, 'utf8').includes(`id="${decodeURIComponent(fragment)}"`);
}

test('every internal link and anchor on every page leads somewhere', () => {
  const broken = internalLinks()
    .filter(([page, href]) => !targetExists(page, href))
    .map(([page, href]) => `${page} → ${href}`);
  expect([...new Set(broken)]).toEqual([]);
});

test('every popover button on every page opens one element of its own, and no id is used twice on a page', () => {
  const problems = builtPages().flatMap((page) => {
    const html = readFileSync(join(distDir, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '');
    const twice = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))].map(
      (id) => `${page}: id "${id}" twice`,
    );
    const targets = [...html.matchAll(/\spopovertarget="([^"]+)"/g)].map((match) => match[1] ?? '');
    const repeatedTargets = targets.filter((target, index) => targets.indexOf(target) !== index);
    const missing = targets.filter((target) => !ids.includes(target));
    return [
      ...twice,
      ...repeatedTargets.map((target) => `${page}: two buttons open "${target}"`),
      ...missing.map((target) => `${page}: nothing has the id "${target}"`),
    ];
  });
  expect(problems).toEqual([]);
});
