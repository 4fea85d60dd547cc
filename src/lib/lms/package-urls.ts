// Turning the site's root-absolute URLs into relative ones, because an LMS serves a package from a folder of its
// own (e.g. /pluginfile.php/12/mod_scorm/content/1/), never from the root, and cannot serve directory indexes.

/** Where pages the package does not carry are linked to instead. */
export interface LinkTargets {
  /** The public site, e.g. https://pettenwijzer.nl */
  publicAddress: string;
  /** Whether a package file (e.g. `trainer/index.html`) is in the package. */
  carries: (file: string) => boolean;
}

/** The package file a root-absolute path points to: `/` → `index.html`, `/lessen/` → `lessen/index.html`. */
export function packageFileFor(path: string): string {
  const trimmed = path.replace(/^\/+/, '');
  if (trimmed === '' || trimmed.endsWith('/')) return `${trimmed}index.html`;
  const last = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return last.includes('.') ? trimmed : `${trimmed}/index.html`;
}

/** The relative URL from one package file to another, e.g. `lessen/a/index.html` → `../../over/index.html`. */
export function relativeFile(fromFile: string, toFile: string): string {
  const depth = fromFile.split('/').length - 1;
  return '../'.repeat(depth) + toFile;
}

/**
 * The URL a root-absolute reference gets inside the package, seen from `fromFile`: relative when the package
 * carries the target, else the same path on the public site. Other URLs (relative, `#…`, `https:`) stay.
 */
export function packageUrl(url: string, fromFile: string, targets: LinkTargets): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const [, path = '/', rest = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
  const file = packageFileFor(path);
  if (!targets.carries(file)) return `${targets.publicAddress.replace(/\/$/, '')}${url}`;
  return relativeFile(fromFile, file) + rest;
}

const URL_ATTRIBUTES = /\s(href|src|component-url|renderer-url|before-hydration-url)="([^"]*)"/g;

/**
 * Rewrites one built page for the package: every root-absolute URL attribute becomes relative (links to pages
 * the package leaves out go to the public site, in a new tab), a service worker registration and the web app
 * manifest are removed (an LMS serves the package, not our site), and `headScript` is inserted first in <head>
 * (after the charset).
 */
export function rewritePage(html: string, pageFile: string, targets: LinkTargets, headScript: string): string {
  const rewritten = html
    .replace(/<script\b[^>]*\bdata-pw-sw\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<script\b[^>]*>(?:(?!<\/script>)[\s\S])*?navigator\.serviceWorker[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel="manifest"[^>]*>/g, '')
    .replace(/<[a-z][a-z-]*\b[^>]*>/g, (tag) => {
      let external = false;
      const result = tag.replace(URL_ATTRIBUTES, (_match, name: string, url: string) => {
        const next = packageUrl(url, pageFile, targets);
        if (next !== url && /^https?:/.test(next)) external = true;
        return ` ${name}="${next}"`;
      });
      return external && result.startsWith('<a ') && !/\starget=/.test(result)
        ? result.replace(/^<a /, '<a target="_blank" rel="noopener" ')
        : result;
    });
  // Right after the charset, which must come first; before every other script, so it sees every link appear.
  const charset = /<meta charset="utf-8">/i;
  return charset.test(rewritten)
    ? rewritten.replace(charset, (meta) => `${meta}${headScript}`)
    : rewritten.replace(/<head>/, `<head>${headScript}`);
}

/** Rewrites `url(/…)` in a stylesheet that lives at `cssFile` in the package. */
export function rewriteCss(css: string, cssFile: string, targets: LinkTargets): string {
  return css.replace(/url\((["']?)(\/[^"')]+)\1\)/g, (_match, quote: string, url: string) => {
    return `url(${quote}${packageUrl(url, cssFile, targets)}${quote})`;
  });
}
