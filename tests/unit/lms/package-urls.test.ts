import { describe, expect, it } from 'vitest';
import { packageFileFor, packageUrl, rewriteCss, rewritePage } from '../../../src/lib/lms/package-urls';

const targets = { publicAddress: 'https://pettenwijzer.nl', carries: (file: string) => !file.startsWith('trainer/') };

describe('relative URLs inside a package', () => {
  it.each([
    ['/', 'index.html'],
    ['/lessen/', 'lessen/index.html'],
    ['/lessen/01-pettenvraagstuk/', 'lessen/01-pettenvraagstuk/index.html'],
    ['/over', 'over/index.html'],
    ['/favicon.svg', 'favicon.svg'],
    ['/_astro/client.abc.js', '_astro/client.abc.js'],
  ])('%s is the file %s', (path, file) => {
    expect(packageFileFor(path)).toBe(file);
  });

  it.each([
    ['/lessen/', 'index.html', 'lessen/index.html'],
    ['/begrippen/#toeleiding', 'lessen/een/index.html', '../../begrippen/index.html#toeleiding'],
    ['/kompas/start/?route=a.b', 'kompas/x/index.html', '../../kompas/start/index.html?route=a.b'],
    ['/_astro/a.css', 'lessen/index.html', '../_astro/a.css'],
    ['/trainer/', 'index.html', 'https://pettenwijzer.nl/trainer/'],
    ['#inhoud', 'index.html', '#inhoud'],
    ['https://example.org/', 'index.html', 'https://example.org/'],
    ['//example.org/x', 'index.html', '//example.org/x'],
  ])('%s seen from %s becomes %s', (url, from, expected) => {
    expect(packageUrl(url, from, targets)).toBe(expected);
  });

  it('rewrites every URL attribute of a page, sends left-out pages to the public site in a new tab, and adds the script first', () => {
    const html = [
      '<html><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/a.css"><link rel="manifest" href="/manifest.webmanifest"></head><body>',
      '<a href="/lessen/">Lessen</a><a href="/trainer/">Trainer</a>',
      '<astro-island component-url="/_astro/Q.js" renderer-url="/_astro/client.js" before-hydration-url="/_astro/b.js"></astro-island>',
      '<script data-pw-sw>navigator.serviceWorker.register("/sw.js")</script>',
      '<script>if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js");</script>',
      '<script>self.Astro = {};</script></body></html>',
    ].join('');
    const page = rewritePage(html, 'lessen/een/index.html', targets, '<script src="../../_lms/links.js"></script>');
    expect(page).toBe(
      [
        '<html><head><meta charset="utf-8"><script src="../../_lms/links.js"></script><link rel="stylesheet" href="../../_astro/a.css"></head><body>',
        '<a href="../../lessen/index.html">Lessen</a><a target="_blank" rel="noopener" href="https://pettenwijzer.nl/trainer/">Trainer</a>',
        '<astro-island component-url="../../_astro/Q.js" renderer-url="../../_astro/client.js" before-hydration-url="../../_astro/b.js"></astro-island>',
        '<script>self.Astro = {};</script></body></html>',
      ].join(''),
    );
  });

  it('rewrites url(/…) in stylesheets relative to the stylesheet', () => {
    expect(rewriteCss('a{background:url(/img/x.svg)} b{src:url("/_astro/f.woff2")}', '_astro/a.css', targets)).toBe(
      'a{background:url(../img/x.svg)} b{src:url("../_astro/f.woff2")}',
    );
  });
});
