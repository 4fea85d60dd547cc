// _lms/links.js: the first script in <head> of every page in an LMS package (bundled by scripts/package.ts;
// never part of the site). The package script made every URL in the built HTML relative; this makes the links
// the islands render later (e.g. "Verder waar je was" → /lessen/…/) relative too, as they appear, since an LMS
// serves the package from a folder of its own. Links to pages the package leaves out go to the public site.
import { packageUrl } from '../../lib/lms/package-urls';

declare const __PW_PUBLIC_ADDRESS__: string;
declare const __PW_LEFT_OUT__: string[];

const script = document.currentScript as HTMLScriptElement | null;
// This file is <root>/_lms/links.js, so the package root is one folder up.
const root = new URL('../', script?.src ?? location.href);
const path = decodeURIComponent(location.pathname).slice(decodeURIComponent(root.pathname).length);
const pageFile = path === '' || path.endsWith('/') ? `${path}index.html` : path;
const targets = {
  publicAddress: __PW_PUBLIC_ADDRESS__,
  carries: (file: string) => !__PW_LEFT_OUT__.some((prefix) => file.startsWith(prefix)),
};

function fix(node: Node): void {
  if (!(node instanceof Element)) return;
  const links = node.matches('a[href^="/"]') ? [node] : [...node.querySelectorAll('a[href^="/"]')];
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    const next = packageUrl(href, pageFile, targets);
    if (next === href) continue;
    link.setAttribute('href', next);
    if (/^https?:/.test(next)) link.setAttribute('target', '_blank');
  }
}

new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'attributes') fix(record.target);
    else for (const added of record.addedNodes) fix(added);
  }
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
