import { describe, expect, it } from 'vitest';
import { sourceSchema, sourceUrlProblem } from '../../../src/schemas/common';
import { parseContent } from '../../../src/schemas/friendly-errors';

describe('the web address of a source', () => {
  it.each([
    'https://wetten.overheid.nl/BWBR0034925/2025-01-01',
    'http://www.example.org',
    'HTTPS://Zoek.Officielebekendmakingen.nl/kst-36295-3.html',
    'https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBMNE:2020:4507',
  ])('accepts %s', (url) => {
    expect(sourceUrlProblem(url)).toBeUndefined();
  });

  it.each([
    ['htp:/wetten.overheid.nl', 'it starts with "htp:" instead of https://'],
    ['ftp://wetten.overheid.nl', 'it starts with "ftp:" instead of https://'],
    ['https:/wetten.overheid.nl', 'it needs two slashes and a host name after "https:"'],
    ['https:///wetten.overheid.nl', 'it needs two slashes and a host name after "https:"'],
    ['wetten.overheid.nl/BWBR0034925', 'it does not start with https://'],
    ['/lessen/01-pettenvraagstuk/', 'it does not start with https://'],
    ['https://wetten overheid.nl', 'it contains a space'],
    ['https://wetten', 'the host name "wetten" has no dot, e.g. wetten.overheid.nl'],
    ['https://[::1', 'it cannot be read as an address'],
  ])('rejects %s: %s', (url, problem) => {
    expect(sourceUrlProblem(url)).toBe(problem);
  });
});

describe('a source', () => {
  it.each([
    [{ title: 'Jeugdwet', url: 'https://wetten.overheid.nl/BWBR0034925/' }],
    [{ title: 'Webinar pettenvraagstuk (dia’s)', note: 'geen openbare vindplaats' }],
  ])('accepts %j', (source) => {
    expect(parseContent(sourceSchema, source, 'bron.yaml')).toEqual(source);
  });

  it('rejects another note than "geen openbare vindplaats"', () => {
    expect(() => parseContent(sourceSchema, { title: 'Webinar', note: 'niet online' }, 'bron.yaml')).toThrow(
      '• note: expected "geen openbare vindplaats"; received "niet online".',
    );
  });
});
