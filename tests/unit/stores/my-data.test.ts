import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportFile } from '../../../src/lib/progress/data-import';
import { exportAllData, listStoredData, wipeAllData } from '../../../src/stores/my-data';
import { applyImport, previewImport } from '../../../src/stores/my-data-import';
import { connectStorage, persistentSection } from '../../../src/stores/persistent-section';
import { FakeStorage, noStorageEvents } from '../helpers/fake-storage';

const storage = new FakeStorage();
connectStorage(storage, noStorageEvents);

type Answers = Record<string, string>;
const validate = (data: unknown) => (data && typeof data === 'object' ? (data as Answers) : undefined);
const $answers = persistentSection<Answers>({ id: 'answers', label: 'Antwoorden', version: 1, initial: {}, validate });
const $notes = persistentSection<Answers>({ id: 'notes', label: 'Notities', version: 1, initial: {}, validate });

beforeEach(() => {
  wipeAllData();
  storage.items.clear();
  storage.setItem('andere-site', 'blijft');
});

describe('my data', () => {
  it('lists what is stored per section with its size, including sections this page does not load', () => {
    $answers.set({ s1: 'eens' });
    storage.setItem('pettenwijzer:oud', '{"version":1,"data":{}}');
    expect(listStoredData()).toEqual([
      { sectionId: 'answers', label: 'Antwoorden', bytes: 34 },
      { sectionId: 'oud', label: 'Onbekend onderdeel (oud)', bytes: 23 },
    ]);
  });

  it('wipes every key the site wrote and nothing else, also keys of sections not loaded', () => {
    $answers.set({ s1: 'eens' });
    storage.setItem('pettenwijzer:oud', '{}');
    wipeAllData();
    expect([...storage.items.keys()]).toEqual(['andere-site']);
    expect($answers.get()).toEqual({});
  });

  it('brings everything back after export, wipe and import', () => {
    $answers.set({ s1: 'eens' });
    $notes.set({ n: 'tekst' });
    const file = exportAllData(new Date('2026-11-22T10:00:00Z'));
    wipeAllData();
    expect(previewImport(file, 'vervangen')).toEqual([
      { sectionId: 'answers', change: 'nieuw', data: { s1: 'eens' } },
      { sectionId: 'notes', change: 'nieuw', data: { n: 'tekst' } },
    ]);
    applyImport(file, 'vervangen');
    expect($answers.get()).toEqual({ s1: 'eens' });
    expect($notes.get()).toEqual({ n: 'tekst' });
  });

  it('merges an import into what is stored, or replaces everything', () => {
    $answers.set({ s1: 'eens' });
    const file = exportAllData();
    $answers.set({ s2: 'oneens' });
    $notes.set({ n: 'blijft bij samenvoegen' });
    applyImport(file, 'samenvoegen');
    expect($answers.get()).toEqual({ s1: 'eens', s2: 'oneens' });
    expect($notes.get()).toEqual({ n: 'blijft bij samenvoegen' });
    applyImport(file, 'vervangen');
    expect($answers.get()).toEqual({ s1: 'eens' });
    expect($notes.get()).toEqual({});
  });

  const fileWith = (sections: ImportFile['sections']): ImportFile => ({
    format: 'pettenwijzer-export',
    formatVersion: 1,
    exportedAt: '',
    sections,
  });

  it.each(['samenvoegen', 'vervangen'] as const)(
    'with %s, leaves a refused or unknown section exactly as it is stored and takes the good ones',
    (mode) => {
      $answers.set({ s1: 'eens', s2: 'oneens' });
      storage.setItem('pettenwijzer:oud', '{"version":1,"data":{"bewaard":true}}');
      const before = storage.getItem('pettenwijzer:answers');
      const plan = applyImport(
        fileWith({
          answers: { version: 1, data: 'geen object' },
          notes: { version: 1, data: { n: 'nieuw' } },
          oud: { version: 1, data: { overschreven: true } },
        }),
        mode,
      );
      expect(plan.map((row) => row.change)).toEqual(['geweigerd', 'nieuw', 'genegeerd']);
      expect(storage.getItem('pettenwijzer:answers')).toBe(before);
      expect($answers.get()).toEqual({ s1: 'eens', s2: 'oneens' });
      expect($notes.get()).toEqual({ n: 'nieuw' });
      expect(storage.getItem('pettenwijzer:oud')).toBe('{"version":1,"data":{"bewaard":true}}');
    },
  );

  it('never stores a section from a newer version over what is stored', () => {
    $answers.set({ s1: 'eens' });
    const before = storage.getItem('pettenwijzer:answers');
    applyImport(
      fileWith({ answers: { version: 9, data: { x: 1 } }, onbekend: { version: 1, data: {} } }),
      'samenvoegen',
    );
    expect(storage.getItem('pettenwijzer:answers')).toBe(before);
    expect(storage.getItem('pettenwijzer:onbekend')).toBeNull();
  });

  it('replaces data kept from a newer version only when the learner replaces everything', () => {
    storage.setItem('pettenwijzer:answers', '{"version":9,"data":{"x":1}}');
    const file = fileWith({ answers: { version: 1, data: { s1: 'eens' } } });
    applyImport(file, 'samenvoegen');
    expect(storage.getItem('pettenwijzer:answers')).toBe('{"version":9,"data":{"x":1}}');
    applyImport(file, 'vervangen');
    expect(storage.getItem('pettenwijzer:answers')).toBe('{"version":1,"data":{"s1":"eens"}}');
  });
});
