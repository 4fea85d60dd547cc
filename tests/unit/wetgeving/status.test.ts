import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderMarkdown } from '../../../src/lib/common/render-markdown';
import { loadWetgeving } from '../../../src/lib/wetgeving/data';
import { isOlderThan, monthsBefore, staleLessonWarnings, staleWetWarnings } from '../../../src/lib/wetgeving/freshness';
import {
  expandWetPlaceholders,
  findPlaceholderIssues,
  lawsCitedIn,
  legalReferenceDate,
  wetStatusText,
} from '../../../src/lib/wetgeving/status';
import { formatContentError } from '../../../src/schemas/friendly-errors';
import { type Wet, wetgevingSchema } from '../../../src/schemas/wetgeving';

const wet = (overrides: Partial<Wet>): Wet =>
  wetgevingSchema.parse({
    id: 'wams',
    order: 1,
    name: 'Wet aanpak meervoudige problematiek sociaal domein',
    shortName: 'Wams',
    reference: 'Kamerstuk 36 295',
    status: 'wetsvoorstel',
    since: '2023-01-30',
    statusAsOf: '2026-02-18',
    laterUnknown: true,
    dossier: { title: 'tweedekamer.nl, dossier 36 295', url: 'https://www.tweedekamer.nl/' },
    officialCopyChecked: false,
    checkNote: 'Alleen in een kopie gezien.',
    checkedOn: '2026-12-01',
    owner: 'Beheerder',
    recheckBy: '2027-01-31',
    sources: [{ title: 'Kamerstuk', url: 'https://example.org/' }],
    ...overrides,
  });

const wams = wet({});
const wgs = wet({
  id: 'wgs',
  order: 2,
  shortName: 'WGS',
  reference: 'Stb. 2024, 198',
  status: 'in-werking',
  since: '2025-03-01',
  statusAsOf: '2024-12-04',
  laterUnknown: false,
  dossier: undefined,
});

describe('status sentences', () => {
  it.each([
    [
      'a bill, in full, says the date, that it is no law yet, and where to look',
      wams,
      'volledig',
      'Op 18 februari 2026 was de Wams (Kamerstuk 36 295) een wetsvoorstel en nog geen wet. Wat er na 18 februari 2026 is gebeurd, weten we niet. Kijk voor de actuele stand op tweedekamer.nl, dossier 36 295.',
    ],
    [
      'a bill, short, is one dated sentence',
      wams,
      'kort',
      'Op 18 februari 2026 was de Wams een wetsvoorstel en nog geen wet.',
    ],
    ['a law in force says since when', wgs, 'volledig', 'De WGS (Stb. 2024, 198) geldt sinds 1 maart 2025.'],
    [
      'a law partly in force says so',
      wet({ status: 'deels-in-werking', since: '2026-01-01', laterUnknown: false }),
      'kort',
      'De Wams geldt sinds 1 januari 2026 voor een deel.',
    ],
  ] as const)('%s', (_name, entry, form, expected) => {
    expect(wetStatusText(entry, form)).toBe(expected);
  });

  it('takes the peildatum from the newest source behind any status', () => {
    expect(legalReferenceDate([wgs, wams])).toBe('2026-02-18');
  });

  it('asks for a dossier when later steps are unknown', () => {
    const result = wetgevingSchema.safeParse({ ...wams, dossier: undefined });
    expect(result.success).toBe(false);
  });
});

describe('placeholders', () => {
  it('fills in {wet:…} as text and as Markdown with the dossier as a link', () => {
    expect(expandWetPlaceholders('Let op. {wet:wams|kort}', [wams], 'text')).toBe(
      'Let op. Op 18 februari 2026 was de Wams een wetsvoorstel en nog geen wet.',
    );
    expect(expandWetPlaceholders('{wet:wams}', [wams], 'markdown')).toContain(
      '[tweedekamer.nl, dossier 36 295](https://www.tweedekamer.nl/).',
    );
  });

  it('fails on an unknown id, naming where and the known ids', () => {
    expect(() =>
      expandWetPlaceholders('{wet:wamz}', [wams, wgs], 'text', 'content/course/taken.yaml, summary'),
    ).toThrow(
      /In content\/course\/taken\.yaml, summary: \{wet:wamz\} names no law .* known ids: wams, wgs\.\n {4}Fix: use one of the known ids \(did you mean wams/,
    );
  });

  it('finds unknown ids and forms with their field path, as the content loaders report them', () => {
    const issues = findPlaceholderIssues(
      { summary: 'Zie {wet:onbekend}.', items: ['ok {wet:wams|kort}', '{wet:wams|lang}'] },
      ['wams'],
    );
    expect(issues.map((issue) => issue.path)).toEqual([['summary'], ['items', 1]]);
    const message = formatContentError(
      'content/course/taken.yaml (entry "coordinatie")',
      issues.map(({ path, message: text, fix }) => ({
        code: 'custom',
        path,
        message: text,
        params: { fix },
        input: undefined,
      })),
      {},
    );
    expect(message).toMatchInlineSnapshot(`
      "Content file content/course/taken.yaml (entry "coordinatie") has 2 problems:
        • summary: {wet:onbekend} names no law in content/course/wetgeving.yaml; known ids: wams.
          Fix: use one of the known ids (did you mean wams?), or add the law to content/course/wetgeving.yaml.
        • items[1]: {wet:wams|lang} has an unknown form "lang".
          Fix: write {wet:wams} for the full status or {wet:wams|kort} for one short sentence."
    `);
  });

  it('renders a placeholder in author Markdown from content/course/wetgeving.yaml', () => {
    expect(renderMarkdown('{wet:wams|kort}')).toMatch(
      /^<p>Op \d+ \w+ \d{4} was de Wams een wetsvoorstel en nog geen wet\.<\/p>/,
    );
  });

  it('lists the laws a lesson body shows', () => {
    expect(lawsCitedIn('<WetStatus wet="wams" /> en {wet:wgs|kort} en <WetStatus vorm="kort" wet="wams" />')).toEqual([
      'wams',
      'wgs',
    ]);
  });
});

describe('the course content', () => {
  const known = loadWetgeving().map((entry) => entry.id);

  it('uses only known laws in every YAML file', () => {
    const files = [
      'content/begrippen.yaml',
      ...['course', 'quizzes', 'stellingen', 'scenarios'].flatMap((folder) =>
        readdirSync(`content/${folder}`).map((name) => `content/${folder}/${name}`),
      ),
    ];
    const problems = files.flatMap((file) =>
      findPlaceholderIssues(parse(readFileSync(file, 'utf8')), known).map((issue) => `${file}: ${issue.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('uses only known laws in <WetStatus> in every lesson', () => {
    const cited = readdirSync('content/lessons').flatMap((name) =>
      lawsCitedIn(readFileSync(`content/lessons/${name}`, 'utf8')),
    );
    expect(cited.filter((id) => !known.includes(id))).toEqual([]);
  });

  it('keeps the Wams a bill, dated, with the official dossier to check', () => {
    const entry = loadWetgeving().find((item) => item.id === 'wams');
    expect(entry?.status).toBe('wetsvoorstel');
    expect(entry?.dossier?.url).toMatch(/^https:\/\/www\.tweedekamer\.nl\/.*36295/);
  });
});

describe('freshness', () => {
  it.each([
    ['2026-12-01', 6, '2026-06-01'],
    ['2026-08-31', 6, '2026-02-28'],
    ['2026-03-15', 6, '2025-09-15'],
  ])('%s minus %i months is %s', (today, months, expected) => {
    expect(monthsBefore(today, months)).toBe(expected);
  });

  it.each([
    ['2026-05-31', '2026-12-01', true],
    ['2026-06-01', '2026-12-01', false],
    ['2026-11-22', '2026-12-01', false],
  ])('%s is older than six months on %s: %s', (date, today, expected) => {
    expect(isOlderThan(date, today)).toBe(expected);
  });

  it('warns for an old check, and for a bill whose status rests on an old source', () => {
    const warnings = staleWetWarnings([wet({ checkedOn: '2026-01-01' }), wgs], '2026-12-01');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('entry "wams"): checkedOn 2026-01-01 is more than 6 months old');
    expect(warnings[1]).toContain('the status of Wams rests on a source of 2026-02-18');
  });

  it('does not warn for a law in force that was checked recently, even with an old source', () => {
    expect(staleWetWarnings([wgs], '2026-12-01')).toEqual([]);
  });

  it('warns for a lesson checked more than six months ago', () => {
    expect(
      staleLessonWarnings(
        [
          { file: 'content/lessons/01.mdx', checkedOn: '2026-01-10' },
          { file: 'content/lessons/02.mdx', checkedOn: '2026-11-22' },
        ],
        '2026-12-01',
      ),
    ).toEqual([
      'content/lessons/01.mdx: checkedOn 2026-01-10 is more than 6 months old. Check the lesson against its sources and update checkedOn.',
    ]);
  });
});
