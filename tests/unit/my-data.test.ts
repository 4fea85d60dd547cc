import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport, exportAllData, listStoredData, previewImport, wipeAllData } from '../../src/stores/my-data';
import { connectStorage, persistentSection } from '../../src/stores/persistent-section';
import { FakeStorage } from './fake-storage';

const noEvents = { addEventListener() {}, removeEventListener() {} };
const storage = new FakeStorage();
connectStorage(storage, noEvents);

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
    expect(previewImport(file)).toEqual([
      { sectionId: 'answers', change: 'nieuw' },
      { sectionId: 'notes', change: 'nieuw' },
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

  it('keeps imported sections it cannot read as they are, instead of throwing them away', () => {
    const future = { version: 9, data: { x: 1 } };
    applyImport(
      {
        format: 'pettenwijzer-export',
        formatVersion: 1,
        exportedAt: '',
        sections: { answers: future, onbekend: future },
      },
      'samenvoegen',
    );
    expect(storage.getItem('pettenwijzer:answers')).toBe(JSON.stringify(future));
    expect(storage.getItem('pettenwijzer:onbekend')).toBe(JSON.stringify(future));
  });
});
