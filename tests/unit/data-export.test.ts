import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../src/lib/data-export';
import { buildExport, maxImportBytes, mergeData, parseImportFile, planImport } from '../../src/lib/data-export';

const now = new Date('2026-11-22T10:00:00Z');
const stellingen = { version: 1, data: { voormeting: { s1: 'eens' } } };

function exportWith(sections: ExportFile['sections']): ExportFile {
  return { format: 'pettenwijzer-export', formatVersion: 1, exportedAt: now.toISOString(), sections };
}

describe('buildExport', () => {
  it('wraps every readable stored envelope and leaves corrupt values out', () => {
    const file = buildExport({ stellingen: JSON.stringify(stellingen), kapot: '{nope' }, now);
    expect(file).toEqual(exportWith({ stellingen }));
  });
});

describe('parseImportFile', () => {
  it('reads back what buildExport wrote', () => {
    const file = exportWith({ stellingen });
    expect(parseImportFile(JSON.stringify(file))).toEqual({ ok: true, file });
  });

  it.each([
    [
      'text that is not JSON',
      'hallo',
      'Dit is geen JSON-bestand. Kies een bestand dat je bij Exporteren hebt bewaard.',
    ],
    ['JSON of another program', '{"name": "x"}', 'Dit is geen export van Pettenwijzer.'],
    ['a JSON list', '[1, 2]', 'Dit is geen export van Pettenwijzer.'],
    [
      'a newer export format',
      JSON.stringify({ ...exportWith({}), formatVersion: 2 }),
      'Dit bestand komt van een nieuwere versie van Pettenwijzer. Werk deze site bij en probeer het opnieuw.',
    ],
    [
      'sections that are not a record',
      JSON.stringify({ ...exportWith({}), sections: [1] }),
      'Het bestand is beschadigd of aangepast: de onderdelen hebben niet de juiste vorm.',
    ],
    [
      'a tampered section',
      JSON.stringify(exportWith({ stellingen: { version: 'een', data: 1 } as never })),
      'Het onderdeel "stellingen" in het bestand is beschadigd.',
    ],
  ])('refuses %s with a reason', (_case, text, reason) => {
    expect(parseImportFile(text)).toEqual({ ok: false, reason });
  });

  it('refuses a file that is too large before reading it', () => {
    const result = parseImportFile(`"${'x'.repeat(maxImportBytes)}"`);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('te groot') });
  });
});

describe('planImport', () => {
  it('says per section whether it is new, replaced, unchanged, newer or unknown', () => {
    const file = exportWith({
      stellingen,
      quizzes: { version: 1, data: { a: 1 } },
      scenarios: { version: 1, data: {} },
      canvases: { version: 5, data: {} },
      geheim: { version: 1, data: {} },
    });
    const stored = { stellingen: JSON.stringify(stellingen), quizzes: JSON.stringify({ version: 1, data: {} }) };
    const known = { stellingen: 1, quizzes: 1, scenarios: 1, canvases: 2 };
    expect(planImport(file, stored, known)).toEqual([
      { sectionId: 'stellingen', change: 'gelijk' },
      { sectionId: 'quizzes', change: 'vervangen' },
      { sectionId: 'scenarios', change: 'nieuw' },
      { sectionId: 'canvases', change: 'nieuwere-versie' },
      { sectionId: 'geheim', change: 'onbekend' },
    ]);
  });
});

describe('mergeData', () => {
  it('joins keyed records one level deep, imported values winning', () => {
    const local = { voormeting: { s1: 'eens', s2: 'oneens' }, nameting: { s1: 'eens' } };
    const imported = { voormeting: { s2: 'eens', s3: 'oneens' } };
    expect(mergeData(local, imported)).toEqual({
      voormeting: { s1: 'eens', s2: 'eens', s3: 'oneens' },
      nameting: { s1: 'eens' },
    });
  });

  it('takes the imported value when either side is not a record', () => {
    expect(mergeData([1], [2])).toEqual([2]);
    expect(mergeData({ a: 1 }, 'tekst')).toBe('tekst');
  });
});
