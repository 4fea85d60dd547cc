import { describe, expect, it } from 'vitest';
import type { ScanQuestionView, ScanThemeView, ZelfscanData } from '../../../src/lib/zelfscan/data';
import { readZelfscanData } from '../../../src/lib/zelfscan/data';
import { scanToMarkdown } from '../../../src/lib/zelfscan/markdown';
import {
  adviceFor,
  questionScore,
  rankGaps,
  scanProgress,
  severity,
  themeProfiles,
} from '../../../src/lib/zelfscan/scoring';

function question(id: string, desired: 'ja' | 'nee' = 'ja', weight = 1): ScanQuestionView {
  return {
    id,
    kind: 'analyse',
    text: `Vraag ${id}?`,
    help: 'Waarom dit ertoe doet.',
    desired,
    weight,
    findOut: `Zoek ${id} uit.`,
    nextSteps: [`Stap 1 voor ${id}.`, `Stap 2 voor ${id}.`],
  };
}

const themes: ScanThemeView[] = [
  { id: 'systemen', order: 2, title: 'Systemen', intro: 'x', questions: [question('s1', 'ja', 3), question('s2')] },
  {
    id: 'medewerkers',
    order: 1,
    title: 'Medewerkers',
    intro: 'x',
    questions: [question('last', 'nee', 2), question('m2')],
  },
];

const answered = (entries: Record<string, ZelfscanData['answers'][string]['answer']>) =>
  Object.fromEntries(Object.entries(entries).map(([id, answer]) => [id, { answer, note: '' }]));

describe('questionScore', () => {
  it.each([
    ['ja', 'ja', 2],
    ['ja', 'deels', 1],
    ['ja', 'nee', 0],
    ['ja', 'weet-niet', 0],
    ['nee', 'nee', 2],
    ['nee', 'ja', 0],
    ['nee', 'deels', 1],
  ] as const)('scores "%s is in order" answered "%s" as %i', (desired, answer, points) => {
    expect(questionScore({ desired }, answer)).toBe(points);
  });

  it('gives no score to an open question', () => {
    expect(questionScore({ desired: 'ja' }, undefined)).toBeUndefined();
  });
});

describe('themeProfiles', () => {
  it('scores each theme over its answered questions, in theme order', () => {
    const profiles = themeProfiles(themes, answered({ last: 'nee', m2: 'deels', s1: 'weet-niet' }));
    expect(profiles).toEqual([
      {
        themeId: 'medewerkers',
        title: 'Medewerkers',
        answered: 2,
        total: 2,
        unknown: 0,
        score: 3,
        max: 4,
        percent: 75,
        level: 'deels-op-orde',
      },
      {
        themeId: 'systemen',
        title: 'Systemen',
        answered: 1,
        total: 2,
        unknown: 1,
        score: 0,
        max: 2,
        percent: 0,
        level: 'aandacht-nodig',
      },
    ]);
  });

  it.each([
    [{ s1: 'ja', s2: 'ja' }, 'op-orde'],
    [{ s1: 'ja', s2: 'deels' }, 'deels-op-orde'],
    [{ s1: 'deels', s2: 'deels' }, 'deels-op-orde'],
    [{ s1: 'nee', s2: 'deels' }, 'aandacht-nodig'],
    [{}, 'niet-ingevuld'],
  ] as const)('calls a theme answered %j "%s"', (answers, level) => {
    expect(themeProfiles(themes, answered(answers))[1]?.level).toBe(level);
  });
});

describe('rankGaps and adviceFor', () => {
  it('ranks gaps by severity times weight, keeping scan order on ties, and leaves answers in order out', () => {
    const gaps = rankGaps(themes, answered({ last: 'ja', m2: 'weet-niet', s1: 'deels', s2: 'nee' }));
    expect(gaps.map((gap) => [gap.question.id, gap.priority])).toEqual([
      ['last', 6],
      ['s1', 3],
      ['s2', 3],
      ['m2', 2],
    ]);
    expect(gaps[0]?.themeTitle).toBe('Medewerkers');
  });

  it('finds no gaps when everything is in order or open', () => {
    expect(rankGaps(themes, answered({ last: 'nee', s1: 'ja' }))).toEqual([]);
  });

  it.each([
    ['nee', ['Stap 1 voor q.', 'Stap 2 voor q.']],
    ['deels', ['Stap 1 voor q.', 'Stap 2 voor q.']],
    ['weet-niet', ['Zoek q uit.', 'Stap 1 voor q.', 'Stap 2 voor q.']],
    ['ja', []],
  ] as const)('advises on an answer "%s" with %j', (answer, steps) => {
    expect(adviceFor(question('q'), answer)).toEqual(steps);
  });

  it('rates the undesired answer worse than not knowing, and not knowing worse than "deels"', () => {
    const q = question('q');
    expect([severity(q, 'nee'), severity(q, 'weet-niet'), severity(q, 'deels'), severity(q, 'ja')]).toEqual([
      3, 2, 1, 0,
    ]);
  });
});

describe('scan data', () => {
  it('counts answered questions', () => {
    expect(scanProgress(themes, answered({ last: 'ja', s2: 'nee' }))).toEqual({ answered: 2, total: 4 });
    expect(scanProgress(themes, { m2: { note: 'alleen een notitie' } })).toEqual({ answered: 0, total: 4 });
  });

  it.each([
    [{ answers: {}, proposals: {} }, true],
    [{ answers: { a: { answer: 'ja', note: '' } }, proposals: {} }, true],
    [{ answers: { a: { answer: 'misschien', note: '' } }, proposals: {} }, false],
    [{ answers: { a: { answer: 'ja' } }, proposals: {} }, false],
    [{ answers: {}, proposals: { a: { voordelen: 'x' } } }, false],
    [{ answers: {} }, false],
    ['tekst', false],
  ])('reads %j as valid: %s', (value, valid) => {
    expect(readZelfscanData(value) !== undefined).toBe(valid);
  });
});

describe('scanToMarkdown', () => {
  it('lists the profile, the ranked gaps with steps and proposal, and every answer with its note as plain text', () => {
    const data: ZelfscanData = {
      answers: { ...answered({ last: 'ja', s1: 'deels' }), m2: { answer: 'ja', note: '<b>vet</b>' } },
      proposals: { last: { voordelen: 'Rust', nadelen: '', voorkeuren: 'Team wil dit', consequenties: 'Tijd' } },
    };
    const markdown = scanToMarkdown(
      themes,
      data,
      themeProfiles(themes, data.answers),
      rankGaps(themes, data.answers),
      new Date('2026-11-22T10:00:00Z'),
    );
    expect(markdown).toContain('| Medewerkers | 2 van 4 | Deels op orde |');
    expect(markdown).toContain('### 1. Vraag last?\n\nThema: Medewerkers. Antwoord: Ja.\n\n- Stap 1 voor last.');
    expect(markdown).toContain('- Voorkeuren van de betrokken partijen: Team wil dit');
    expect(markdown).toContain('- Nadelen van de beleidskeuze: _leeg_');
    expect(markdown).toContain('- Vraag m2? **Ja** — \\<b\\>vet\\</b\\>');
    expect(markdown).toContain('- Vraag s2? **Niet beantwoord**');
  });
});
