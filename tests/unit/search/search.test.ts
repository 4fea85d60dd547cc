import { describe, expect, it } from 'vitest';
import { isSearchDocumentList, readPagefindFragment, type SearchDocument } from '../../../src/lib/search/documents';
import { foldForSearch, searchExcerpt } from '../../../src/lib/search/excerpt';
import { createSimpleSearch } from '../../../src/lib/search/simple-search';

describe('readPagefindFragment', () => {
  it('reads the url, title, kind and text of a fragment after its signature', () => {
    const fragment = `pagefind_dcd${JSON.stringify({
      url: '/begrippen/#doelbinding',
      content: 'Doelbinding. Gegevens alleen gebruiken voor het doel waarvoor ze zijn verzameld.',
      word_count: 11,
      filters: {},
      meta: { title: 'Doelbinding', soort: 'Begrip' },
      anchors: [],
    })}`;
    expect(readPagefindFragment(fragment, 'nl_1.pf_fragment')).toEqual({
      url: '/begrippen/#doelbinding',
      title: 'Doelbinding',
      soort: 'Begrip',
      content: 'Doelbinding. Gegevens alleen gebruiken voor het doel waarvoor ze zijn verzameld.',
    });
  });

  it('uses the url as title when the page has none', () => {
    const fragment = `pagefind_dcd${JSON.stringify({ url: '/over/', content: 'Over', meta: {} })}`;
    expect(readPagefindFragment(fragment, 'x')).toEqual({ url: '/over/', title: '/over/', content: 'Over' });
  });

  it('names the file when a fragment is damaged or incomplete', () => {
    expect(() => readPagefindFragment('pagefind_dcd{"url":', 'nl_2.pf_fragment')).toThrow(
      'nl_2.pf_fragment: not a Pagefind fragment (no JSON after the signature). Rebuild the site.',
    );
    expect(() => readPagefindFragment('pagefind_dcd{"url":"/a/"}', 'nl_3.pf_fragment')).toThrow(
      'nl_3.pf_fragment: a Pagefind fragment needs "url" and "content". Rebuild the site.',
    );
  });
});

describe('isSearchDocumentList', () => {
  it('accepts the list the build writes and refuses anything else', () => {
    expect(isSearchDocumentList([{ url: '/a/', title: 'A', content: 'tekst' }])).toBe(true);
    expect(isSearchDocumentList([{ url: '/a/', title: 'A', soort: 'Les', content: 'tekst' }])).toBe(true);
    expect(isSearchDocumentList({ url: '/a/' })).toBe(false);
    expect(isSearchDocumentList([{ url: '/a/', title: 'A' }])).toBe(false);
    expect(isSearchDocumentList([{ url: '/a/', title: 'A', soort: 3, content: 'tekst' }])).toBe(false);
  });
});

describe('foldForSearch', () => {
  it('drops case and accents and keeps one character for one', () => {
    expect(foldForSearch('Coördinatie')).toBe('coordinatie');
    expect(foldForSearch('Café ÉÉN')).toBe('cafe een');
    expect(foldForSearch('7×W')).toBe('7×w');
    expect(foldForSearch('Coördinatie')).toHaveLength('Coördinatie'.length);
  });
});

describe('searchExcerpt', () => {
  const words = Array.from({ length: 60 }, (_, index) => `woord${index}`);

  it('shows the words around the first match, marked, with … where text is left out', () => {
    const text = [...words.slice(0, 30), 'grondslag,', ...words.slice(30)].join(' ');
    const excerpt = searchExcerpt(text, ['grondslag'], 9);
    expect(excerpt).toBe('… woord27 woord28 woord29 <mark>grondslag,</mark> woord30 woord31 woord32 woord33 woord34 …');
  });

  it('matches without accents and case, and escapes the text', () => {
    expect(searchExcerpt('De (Coördinatie) & <taak> "zo"', ['coordinatie'])).toBe(
      'De <mark>(Coördinatie)</mark> &amp; &lt;taak&gt; &quot;zo&quot;',
    );
  });

  it('starts at the beginning when nothing matches', () => {
    expect(searchExcerpt(words.join(' '), ['onbekend'], 3)).toBe('woord0 woord1 woord2 …');
  });
});

describe('createSimpleSearch', () => {
  const documents: SearchDocument[] = [
    {
      url: '/begrippen/#doelbinding',
      title: 'Doelbinding',
      soort: 'Begrip',
      content: 'Doelbinding. Gegevens voor één doel.',
    },
    {
      url: '/lessen/02-spagaat/',
      title: 'De spagaat',
      soort: 'Les',
      content: 'De spagaat tussen gemeentepet en hulpverlenerspet. Let op doelbinding en grondslag.',
    },
    {
      url: '/lessen/04-drie-taken/',
      title: 'Drie taken',
      soort: 'Les',
      content: 'Toeleiding, hulpverlening en coördinatie.',
    },
    { url: '/scenarios/veilig-thuis/', title: 'Veilig Thuis belt', soort: 'Scenario', content: 'Een medewerker belt.' },
  ];
  const search = createSimpleSearch(documents);

  it('finds a word in titles and texts, the title match first, with a marked excerpt', () => {
    const hits = search('doelbinding');
    expect(hits.map((hit) => hit.url)).toEqual(['/begrippen/#doelbinding', '/lessen/02-spagaat/']);
    expect(hits[1]).toEqual({
      url: '/lessen/02-spagaat/',
      meta: { title: 'De spagaat', soort: 'Les' },
      excerpt: 'De spagaat tussen gemeentepet en hulpverlenerspet. Let op <mark>doelbinding</mark> en grondslag.',
    });
  });

  it('needs every word, allows a prefix, a missing accent and a typo', () => {
    expect(search('veilig thuis belt').map((hit) => hit.url)).toEqual(['/scenarios/veilig-thuis/']);
    expect(search('veilig spagaat')).toEqual([]);
    expect(search('coordinatie').map((hit) => hit.url)).toEqual(['/lessen/04-drie-taken/']);
    expect(search('hulpverlen').map((hit) => hit.url)).toContain('/lessen/04-drie-taken/');
    expect(search('grondslgg').map((hit) => hit.url)).toEqual(['/lessen/02-spagaat/']);
  });

  it('finds nothing for an unknown word or an empty query, and honours the limit', () => {
    expect(search('xqzwvy')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search('de', 1)).toHaveLength(1);
  });
});
