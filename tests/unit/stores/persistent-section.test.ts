import { beforeEach, describe, expect, it } from 'vitest';
import { $storageNotices, connectStorage, persistentSection } from '../../../src/stores/persistent-section';
import { $storageAvailable } from '../../../src/stores/storage-engine';
import { FakeStorage, noStorageEvents } from '../helpers/fake-storage';

let storage: FakeStorage;
let sectionCount = 0;

/** A fresh section with its own id, so tests do not share registry entries. */
function answersSection() {
  sectionCount++;
  const id = `test-${sectionCount}`;
  const store = persistentSection<{ answers: string[] }>({
    id,
    label: 'Testantwoorden',
    version: 2,
    initial: { answers: [] },
    validate: (data) =>
      data && typeof data === 'object' && Array.isArray((data as { answers?: unknown }).answers)
        ? (data as { answers: string[] })
        : undefined,
    migrations: { 1: (data) => ({ answers: data as string[] }) },
  });
  return { id, key: `pettenwijzer:${id}`, store };
}

function nextKey(): string {
  return `pettenwijzer:test-${sectionCount + 1}`;
}

beforeEach(() => {
  storage = new FakeStorage();
  storage.setItem('other-site:key', 'keep me');
  $storageAvailable.set(true);
  $storageNotices.set({});
  connectStorage(storage, noStorageEvents);
});

describe('persistentSection', () => {
  it('writes a versioned envelope and reads it back', () => {
    const { key, store } = answersSection();
    store.set({ answers: ['eens'] });
    expect(JSON.parse(storage.getItem(key) ?? '')).toEqual({ version: 2, data: { answers: ['eens'] } });
  });

  it('survives corrupt JSON: starts empty, says which part was reset, leaves other keys alone', () => {
    storage.setItem(nextKey(), '{not json');
    const { id, store } = answersSection();
    expect(store.get()).toEqual({ answers: [] });
    expect($storageNotices.get()[id]).toMatchObject({ status: 'corrupt', label: 'Testantwoorden' });
    expect(storage.getItem('other-site:key')).toBe('keep me');
  });

  it('ignores a foreign shape with a notice', () => {
    storage.setItem(nextKey(), JSON.stringify({ hello: 'world' }));
    const { id, store } = answersSection();
    expect(store.get()).toEqual({ answers: [] });
    expect($storageNotices.get()[id]?.status).toBe('foreign');
  });

  it('migrates data written by an older version', () => {
    storage.setItem(nextKey(), JSON.stringify({ version: 1, data: ['oneens'] }));
    const { id, store } = answersSection();
    expect(store.get()).toEqual({ answers: ['oneens'] });
    expect($storageNotices.get()[id]).toBeUndefined();
  });

  it('keeps data from a newer version untouched, even after new answers', () => {
    const future = JSON.stringify({ version: 7, data: { answers: ['x'], more: true } });
    storage.setItem(nextKey(), future);
    const { id, key, store } = answersSection();
    expect($storageNotices.get()[id]?.status).toBe('future');
    store.set({ answers: ['eens'] });
    expect(store.get()).toEqual({ answers: ['eens'] });
    expect(storage.getItem(key)).toBe(future);
  });

  it('works in memory when there is no storage at all', () => {
    connectStorage(undefined, noStorageEvents);
    const { store } = answersSection();
    store.set({ answers: ['eens'] });
    expect(store.get()).toEqual({ answers: ['eens'] });
    expect($storageAvailable.get()).toBe(false);
  });

  it('keeps working in memory when storage becomes full', () => {
    const { key, store } = answersSection();
    storage.refuseWrites = true;
    store.set({ answers: ['eens'] });
    expect(store.get()).toEqual({ answers: ['eens'] });
    expect($storageAvailable.get()).toBe(false);
    expect(storage.getItem(key)).toBeNull();
  });
});
