import { describe, expect, it } from 'vitest';
import {
  type BuiltPage,
  findLinkProblems,
  formatLinkProblems,
  locateLink,
  pagePathOf,
  readPageLinks,
} from '../../../src/lib/common/internal-links';

const lesson: BuiltPage = {
  path: '/lessen/01-pettenvraagstuk/',
  ids: new Set(['doelen', 'bronnen']),
  hrefs: [],
};
const glossary: BuiltPage = { path: '/begrippen/', ids: new Set(['avg', 'doelbinding']), hrefs: [] };
const files = new Set(['/', '/lessen/01-pettenvraagstuk/', '/begrippen/', '/handout.pdf', '/404.html']);

/** The problems of one link placed on the lesson page, as [message, fix]. */
function problemsOf(href: string): string[][] {
  const page = { ...lesson, hrefs: [href] };
  return findLinkProblems([page, glossary, { path: '/', ids: new Set(), hrefs: [] }], files).map((problem) => [
    problem.message,
    problem.fix,
  ]);
}

describe('the internal link check', () => {
  it.each([
    ['/begrippen/'],
    ['/begrippen/#avg'],
    ['/begrippen/?q=avg#avg'],
    ['#bronnen'],
    ['#'],
    ['../../begrippen/#doelbinding'],
    ['/handout.pdf'],
    ['/404.html'],
    ['/'],
    ['https://wetten.overheid.nl/BWBR0034925/'],
    ['http://example.org'],
    ['mailto:info@example.org'],
    ['//cdn.example.org/x.js'],
  ])('accepts the link %s', (href) => {
    expect(problemsOf(href)).toEqual([]);
  });

  it.each([
    [
      '/lessen/99-bestaat-niet/',
      'there is no page /lessen/99-bestaat-niet/',
      'link to a page that exists (did you mean /lessen/01-pettenvraagstuk/, /begrippen/, /?), or remove the link.',
    ],
    ['/begrippen', 'there is no page /begrippen', 'end the address with a slash: /begrippen/'],
    ['/begrippen#avg', 'there is no page /begrippen', 'end the address with a slash: /begrippen/#avg'],
    [
      '/begrippen/#avgg',
      'the page /begrippen/ has no element with id "avgg"',
      'use an id that exists on the page /begrippen/ (did you mean #avg, #doelbinding?), or link to the page without #avgg.',
    ],
    [
      '#bronen',
      'this page has no element with id "bronen"',
      'use an id that exists on this page (did you mean #bronnen, #doelen?), or link to the page without #bronen.',
    ],
    [
      'htp:/wetten.overheid.nl',
      'the address starts with "htp:", which browsers cannot open',
      'write a full web address that starts with https://, or a link inside the site that starts with /.',
    ],
    [
      'https:/wetten.overheid.nl',
      'the address has no host name after "https:"',
      'write two slashes and the host name, e.g. https://wetten.overheid.nl/….',
    ],
  ])('reports the link %s: %s', (href, message, fix) => {
    expect(problemsOf(href)).toEqual([[message, fix]]);
  });

  it('reads percent-encoded paths and anchors as the browser does', () => {
    const page: BuiltPage = { path: '/', ids: new Set(['coördinatie']), hrefs: ['#co%C3%B6rdinatie'] };
    expect(findLinkProblems([page], new Set(['/']))).toEqual([]);
  });

  it('reports a link that appears twice on a page once', () => {
    const page = { ...lesson, hrefs: ['/weg/', '/weg/'] };
    expect(findLinkProblems([page], files)).toHaveLength(1);
  });
});

describe('reading a built page', () => {
  it('collects ids and link hrefs, decoding entities', () => {
    const html =
      '<h2 id="bronnen">Bronnen</h2><a class="x" href="/zoeken/?q=a&amp;b">z</a><a\nhref="#bronnen">b</a>' +
      '<link href="/_astro/a.css"><div data-id="niet">…</div><astro-island props="{&quot;href&quot;:1}">';
    expect(readPageLinks(html)).toEqual({ ids: new Set(['bronnen']), hrefs: ['/zoeken/?q=a&b', '#bronnen'] });
  });

  it.each([
    ['index.html', '/'],
    ['lessen/01-x/index.html', '/lessen/01-x/'],
    ['404.html', '/404.html'],
    ['_astro/a.css', '/_astro/a.css'],
  ])('serves the built file %s at %s', (file, path) => {
    expect(pagePathOf(file)).toBe(path);
  });
});

describe('pointing authors at the broken link', () => {
  const sources = [
    {
      path: 'content/lessons/02-spagaat.mdx',
      text: '---\ntitle: x\n---\n\nLees [deze les](/lessen/99-bestaat-niet/).\n',
    },
    { path: 'content/stellingen/01.yaml', text: 'explanation: |\n  Zie [AVG](/begrippen/#avg&amp;x).\n' },
    { path: 'src/components/SiteHeader.astro', text: '<a href="/lessen/99-bestaat-niet/">' },
  ];

  it('finds the file and line where a link is written', () => {
    expect(locateLink('/lessen/99-bestaat-niet/', sources)).toEqual([
      { file: 'content/lessons/02-spagaat.mdx', line: 5 },
      { file: 'src/components/SiteHeader.astro', line: 1 },
    ]);
    expect(locateLink('/begrippen/#avg&x', sources)).toEqual([{ file: 'content/stellingen/01.yaml', line: 2 }]);
    expect(locateLink('/nergens/', sources)).toEqual([]);
  });

  it('matches a link only as a whole target, so a short href is not found in every slash', () => {
    const text = {
      path: 'content/lessons/01.mdx',
      text: 'Zie https://wetten.overheid.nl/ en/of [begin](/).\n<a href="/">',
    };
    expect(locateLink('/', [text])).toEqual([
      { file: 'content/lessons/01.mdx', line: 1 },
      { file: 'content/lessons/01.mdx', line: 2 },
    ]);
    expect(locateLink('/lessen/', [{ path: 'x.mdx', text: '[les](/lessen/01/) en /lessen/01/' }])).toEqual([]);
  });

  it('groups the problems by file, one bullet per link, and names the page where no file has the link', () => {
    const problem = {
      href: '/lessen/99-bestaat-niet/',
      message: 'there is no page /lessen/99-bestaat-niet/',
      fix: 'link to a page that exists (did you mean /lessen/01-pettenvraagstuk/?), or remove the link.',
    };
    const message = formatLinkProblems([
      { ...problem, page: '/lessen/02-spagaat/', locations: [{ file: 'content/lessons/02-spagaat.mdx', line: 5 }] },
      { ...problem, page: '/', locations: [{ file: 'src/components/SiteHeader.astro', line: 1 }] },
      { ...problem, page: '/over/', locations: [{ file: 'src/components/SiteHeader.astro', line: 1 }] },
      {
        page: '/stellingen/',
        href: '#stelling-9',
        message: 'this page has no element with id "stelling-9"',
        fix: 'use an id that exists on this page (did you mean #stelling-1?), or link to the page without #stelling-9.',
        locations: [],
      },
    ]);
    expect(message).toMatchInlineSnapshot(`
      "Content file content/lessons/02-spagaat.mdx has 1 broken link:
        • line 5 (on page /lessen/02-spagaat/): the link "/lessen/99-bestaat-niet/" is broken: there is no page /lessen/99-bestaat-niet/.
          Fix: link to a page that exists (did you mean /lessen/01-pettenvraagstuk/?), or remove the link.
      File src/components/SiteHeader.astro has 1 broken link:
        • line 1 (on 2 pages, e.g. /): the link "/lessen/99-bestaat-niet/" is broken: there is no page /lessen/99-bestaat-niet/.
          Fix: link to a page that exists (did you mean /lessen/01-pettenvraagstuk/?), or remove the link.
      Page /stellingen/ (the link is not written as such in content/ or src/: a template makes it) has 1 broken link:
        • a link (on page /stellingen/): the link "#stelling-9" is broken: this page has no element with id "stelling-9".
          Fix: use an id that exists on this page (did you mean #stelling-1?), or link to the page without #stelling-9."
    `);
  });
});
