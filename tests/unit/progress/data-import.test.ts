import { describe, expect, it } from 'vitest';
import { isRecord } from '../../../src/lib/common/guards';
import type { ImportFile, ImportFormat } from '../../../src/lib/progress/data-import';
import { maxImportBytes, mergeData, parseImportFile, planImport } from '../../../src/lib/progress/data-import';
import { connectStorage, registeredSections } from '../../../src/stores/persistent-section';
import { expectedSectionIds, storedSamples, wrongShape } from '../../fixtures/stored-sections';
import { FakeStorage } from '../helpers/fake-storage';

connectStorage(new FakeStorage(), { addEventListener() {}, removeEventListener() {} });
await import('../../../src/stores/all-sections');

// The real stores' definitions: the import must refuse exactly what they would throw away on load.
const formats: Record<string, ImportFormat> = Object.fromEntries(
  registeredSections().map((section) => [section.definition.id, section.definition]),
);
const sectionIds = Object.keys(formats);
const now = '2026-11-22T10:00:00.000Z';

function importFile(sections: Record<string, unknown>): ImportFile {
  return { format: 'pettenwijzer-export', formatVersion: 1, exportedAt: now, sections };
}

const envelope = (data: unknown, version = 1) => ({ version, data });
const storedAs = (data: unknown, version = 1) => JSON.stringify(envelope(data, version));
const sample = (sectionId: string) => {
  const found = storedSamples[sectionId];
  if (!found) throw new Error(`tests/fixtures/stored-sections.ts has no sample for the section "${sectionId}"`);
  return found;
};

/** What is stored under keys (one or two levels deep) that the imported data does not have: a merge must keep it. */
function notInFile(local: unknown, imported: unknown): Record<string, unknown> {
  if (!isRecord(local) || !isRecord(imported)) return {};
  return Object.fromEntries(
    Object.entries(local).flatMap(([key, value]): [string, unknown][] => {
      const theirs = imported[key];
      if (theirs === undefined) return [[key, value]];
      if (!isRecord(value) || !isRecord(theirs)) return [];
      return [[key, Object.fromEntries(Object.entries(value).filter(([inner]) => !(inner in theirs)))]];
    }),
  );
}

describe('parseImportFile', () => {
  it('reads an export back, leaving its sections to be checked one by one', () => {
    const file = importFile({ stellingen: envelope(sample('stellingen').stored), kapot: 5 });
    expect(parseImportFile(JSON.stringify(file))).toEqual({ ok: true, file });
  });

  it.each([
    [
      'text that is not JSON',
      'hallo',
      'Dit is geen JSON-bestand. Kies een bestand dat je bij Exporteren hebt bewaard.',
    ],
    ['JSON of another program', '{"name": "x"}', 'Dit is geen export van Pettenwijzer.'],
    ['a stored envelope instead of an export', '{"version": 1, "data": {}}', 'Dit is geen export van Pettenwijzer.'],
    ['an export of another app', '{"format": "ander-export", "sections": {}}', 'Dit is geen export van Pettenwijzer.'],
    ['a JSON list', '[1, 2]', 'Dit is geen export van Pettenwijzer.'],
    ['JSON null', 'null', 'Dit is geen export van Pettenwijzer.'],
    [
      'a file of one tool',
      '{"format": "pettenwijzer-7xw-canvas", "formatVersion": 1, "data": {}}',
      'Dit bestand hoort bij een hulpmiddel van Aan de slag, zoals het 7×W-canvas. Lees het daar in.',
    ],
    [
      'a newer export format',
      JSON.stringify({ ...importFile({}), formatVersion: 2 }),
      'Dit bestand komt van een nieuwere versie van Pettenwijzer. Werk deze site bij en probeer het opnieuw.',
    ],
    [
      'sections that are not a record',
      JSON.stringify({ ...importFile({}), sections: [1] }),
      'Het bestand is beschadigd of aangepast: de onderdelen hebben niet de juiste vorm.',
    ],
    [
      'a section id that is not a plain name',
      JSON.stringify(importFile({ 'Stellingen!': envelope({}) })),
      'Het bestand is beschadigd of aangepast: de onderdelen hebben niet de juiste vorm.',
    ],
    [
      'a missing export date',
      JSON.stringify({ format: 'pettenwijzer-export', formatVersion: 1, sections: {} }),
      'Het bestand is beschadigd of aangepast: de onderdelen hebben niet de juiste vorm.',
    ],
  ])('refuses %s with a reason', (_case, text, reason) => {
    expect(parseImportFile(text)).toEqual({ ok: false, reason });
  });

  it('refuses a file that is too large before reading it', () => {
    const result = parseImportFile(`"${'x'.repeat(maxImportBytes)}"`);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('te groot') });
  });
});

describe('planImport with the stores’ own decoders', () => {
  it('knows every store, and has a sample for each', () => {
    expect([...sectionIds].sort()).toEqual(expectedSectionIds);
    expect(Object.keys(storedSamples).sort()).toEqual([...sectionIds].sort());
  });

  const foreign = 'de gegevens in het bestand hebben niet de vorm die deze site kent';
  const badSections: [string, unknown, string][] = [
    ['data of the wrong shape', envelope(wrongShape), foreign],
    ['data that is a list', envelope([1, 2]), foreign],
    ['data that is text', envelope('tekst'), foreign],
    ['data that is null', envelope(null), foreign],
    ['a section that is not an object', 5, foreign],
    ['a section that is null', null, foreign],
    ['a section without a version', { data: {} }, foreign],
    ['a section with version 0', envelope({}, 0), foreign],
    ['a section from a newer version', envelope({}, 99), 'ze komen van een nieuwere versie van Pettenwijzer'],
  ];
  const cases = sectionIds.flatMap((sectionId) =>
    badSections.flatMap(([kind, value, reason]) =>
      (['samenvoegen', 'vervangen'] as const).map((mode) => ({ sectionId, kind, value, reason, mode })),
    ),
  );

  it.each(cases)('refuses $kind for $sectionId when it would $mode', ({ sectionId, value, reason, mode }) => {
    const stored = { [sectionId]: storedAs(sample(sectionId).stored) };
    const plan = planImport(importFile({ [sectionId]: value }), stored, formats, mode);
    expect(plan).toEqual([{ sectionId, change: 'geweigerd', reason }]);
  });

  it.each(sectionIds)('accepts good data for %s, as new and as a replacement', (sectionId) => {
    const { stored, other } = sample(sectionId);
    const file = importFile({ [sectionId]: envelope(other) });
    expect(planImport(file, {}, formats, 'samenvoegen')).toEqual([{ sectionId, change: 'nieuw', data: other }]);
    const replaced = planImport(file, { [sectionId]: storedAs(stored) }, formats, 'vervangen');
    expect(replaced).toEqual([{ sectionId, change: 'vervangen', data: other }]);
  });

  it.each(sectionIds)('merging %s keeps what is stored and adds what the file brings', (sectionId) => {
    const { stored, other } = sample(sectionId);
    const [row] = planImport(
      importFile({ [sectionId]: envelope(other) }),
      { [sectionId]: storedAs(stored) },
      formats,
      'samenvoegen',
    );
    expect(row?.change).toBe('samengevoegd');
    expect(formats[sectionId]?.validate(row?.data)).toEqual(row?.data);
    expect(row?.data).toMatchObject(notInFile(stored, other));
    expect(row?.data).toMatchObject(other as object);
  });

  it('refuses only the broken section and still takes the good ones beside it', () => {
    const file = importFile({
      stellingen: envelope(wrongShape),
      lessons: envelope(sample('lessons').other),
      geheim: envelope({ x: 1 }),
      constructor: envelope({}),
    });
    const stored = { stellingen: storedAs(sample('stellingen').stored) };
    expect(planImport(file, stored, formats, 'samenvoegen')).toEqual([
      { sectionId: 'stellingen', change: 'geweigerd', reason: foreign },
      { sectionId: 'lessons', change: 'nieuw', data: sample('lessons').other },
      { sectionId: 'geheim', change: 'genegeerd' },
      { sectionId: 'constructor', change: 'genegeerd' },
    ]);
  });

  it('says which stored sections replacing would wipe, and never wipes a refused one', () => {
    const stored = {
      stellingen: storedAs(sample('stellingen').stored),
      certificaat: storedAs(sample('certificaat').stored),
    };
    const file = importFile({ stellingen: envelope(wrongShape) });
    expect(planImport(file, stored, formats, 'vervangen')).toEqual([
      { sectionId: 'stellingen', change: 'geweigerd', reason: foreign },
      { sectionId: 'certificaat', change: 'gewist' },
    ]);
    expect(planImport(file, stored, formats, 'samenvoegen')).toEqual([
      { sectionId: 'stellingen', change: 'geweigerd', reason: foreign },
    ]);
  });

  it('reports a section that is already the same as unchanged', () => {
    const data = sample('certificaat').stored;
    const plan = planImport(
      importFile({ certificaat: envelope(data) }),
      { certificaat: storedAs(data) },
      formats,
      'vervangen',
    );
    expect(plan).toEqual([{ sectionId: 'certificaat', change: 'gelijk' }]);
  });

  it('does not merge into data this browser keeps from a newer version', () => {
    const file = importFile({ lessons: envelope(sample('lessons').other) });
    const stored = { lessons: storedAs({ fromTheFuture: true }, 99) };
    expect(planImport(file, stored, formats, 'samenvoegen')).toEqual([
      {
        sectionId: 'lessons',
        change: 'geweigerd',
        reason: 'wat deze browser nu bewaart, komt van een nieuwere versie van Pettenwijzer',
      },
    ]);
  });

  it('refuses a merge whose result the store would not accept', () => {
    const strict: ImportFormat<{ n: number }> = {
      version: 1,
      initial: { n: 0 },
      validate: (data) =>
        data && typeof (data as { n?: unknown }).n === 'number' ? (data as { n: number }) : undefined,
      merge: () => ({ n: 'veel' }) as never,
    };
    const plan = planImport(
      importFile({ teller: envelope({ n: 2 }) }),
      { teller: storedAs({ n: 1 }) },
      { teller: strict as ImportFormat },
      'samenvoegen',
    );
    expect(plan).toEqual([
      {
        sectionId: 'teller',
        change: 'geweigerd',
        reason: 'samengevoegd met wat er nu staat, zouden de gegevens niet meer kloppen',
      },
    ]);
  });

  it('migrates an older section with the store’s own migration before importing it', () => {
    const migrating: ImportFormat<{ names: string[] }> = {
      version: 2,
      initial: { names: [] },
      validate: (data) =>
        Array.isArray((data as { names?: unknown })?.names) ? (data as { names: string[] }) : undefined,
      migrations: { 1: (data) => ({ names: [data] }) },
    };
    const plan = planImport(
      importFile({ namen: envelope('Sanne') }),
      {},
      { namen: migrating as ImportFormat },
      'vervangen',
    );
    expect(plan).toEqual([{ sectionId: 'namen', change: 'nieuw', data: { names: ['Sanne'] } }]);
  });

  it('refuses an older section that has no migration', () => {
    const strict: ImportFormat = { version: 2, initial: {}, validate: (data) => data };
    const plan = planImport(importFile({ oud: envelope({}) }), {}, { oud: strict }, 'samenvoegen');
    expect(plan).toEqual([
      {
        sectionId: 'oud',
        change: 'geweigerd',
        reason: 'ze komen van een oudere versie die deze site niet kan omzetten',
      },
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
