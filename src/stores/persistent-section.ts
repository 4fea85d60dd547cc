import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { atom } from 'nanostores';
import type { DecodeStatus, VersionedFormat } from '../lib/common/stored-data';
import { decodeStored, encodeStored } from '../lib/common/stored-data';
import type { StorageLike } from './storage-engine';
import { browserStorage, createSafeEngine } from './storage-engine';

/** Every key the site writes starts with this, so "delete everything" can find them all and nothing else. */
export const STORAGE_PREFIX = 'pettenwijzer:';

/** One part of the learner's data, e.g. the stellingen answers. */
export interface SectionDefinition<T> extends VersionedFormat<T> {
  /** Short id; the storage key is `pettenwijzer:<id>`. */
  id: string;
  /** Dutch name shown to the learner, e.g. "Antwoorden op de stellingen". */
  label: string;
  /** How imported data joins what is stored; by default keyed records are joined, imported values winning. */
  merge?: (local: T, imported: T) => T;
}

/** A problem found while reading a section, for the learner to see. */
export interface StorageNotice {
  sectionId: string;
  label: string;
  status: Exclude<DecodeStatus, 'ok' | 'migrated'>;
}

/** A registered section: its definition and live store. */
export interface Section<T = unknown> {
  definition: SectionDefinition<T>;
  store: WritableAtom<T>;
  /** Empties the section and removes its key, even when it held data from a newer version. */
  forget: () => void;
}

/** Sections that found unusable data, keyed by section id. */
export const $storageNotices = atom<Record<string, StorageNotice>>({});

const registry = new Map<string, Section>();

let engine: Record<string, string> = {};

/** Points every section at a storage (the browser's, or a fake one in tests); call before creating sections. */
export function connectStorage(backing: StorageLike | undefined, events = windowPersistentEvents): void {
  engine = createSafeEngine(backing);
  setPersistentEngine(engine, events);
}

if (typeof window !== 'undefined') connectStorage(browserStorage());

/** Every value the site has stored, by section id, including sections this page does not load. */
export function readAllStored(): Record<string, string> {
  const stored: Record<string, string> = {};
  for (const key of Object.keys(engine)) {
    const value = engine[key];
    if (key.startsWith(STORAGE_PREFIX) && value !== undefined) stored[key.slice(STORAGE_PREFIX.length)] = value;
  }
  return stored;
}

/** Writes or removes one raw stored value, bypassing the section's store (for data this site cannot read). */
export function writeStoredRaw(sectionId: string, raw: string | undefined): void {
  if (raw === undefined) delete engine[`${STORAGE_PREFIX}${sectionId}`];
  else engine[`${STORAGE_PREFIX}${sectionId}`] = raw;
}

/** A persisted section: its store, and the value it holds before (or without) stored data. */
export type PersistentSection<T> = WritableAtom<T> & { readonly initial: T };

/**
 * Creates a persisted store for one section of the learner's data. Corrupt, foreign or newer data
 * never throws: the store starts empty and a notice says so. Newer data is also never overwritten.
 */
export function persistentSection<T>(definition: SectionDefinition<T>): PersistentSection<T> {
  const storageKey = `${STORAGE_PREFIX}${definition.id}`;
  let preservedFutureData: string | undefined;

  const store = persistentAtom<T>(storageKey, definition.initial, {
    // Setting the initial value back removes the key, so "delete everything" leaves nothing behind.
    encode: (value) =>
      preservedFutureData ??
      (value === definition.initial ? (undefined as unknown as string) : encodeStored(definition, value)),
    decode: (raw) => {
      const decoded = decodeStored(definition, raw);
      preservedFutureData = decoded.status === 'future' ? raw : undefined;
      reportStatus(definition, decoded.status);
      return decoded.data;
    },
  });
  const forget = () => {
    preservedFutureData = undefined;
    store.set(definition.initial);
    dismissNotice(definition.id);
  };
  registry.set(definition.id, { definition, store, forget } as Section);
  return Object.assign(store, { initial: definition.initial });
}

/** All sections created so far on this page. */
export function registeredSections(): Section[] {
  return [...registry.values()];
}

/** Clears the notice for one section once the learner has seen it. */
export function dismissNotice(sectionId: string): void {
  const { [sectionId]: _dismissed, ...rest } = $storageNotices.get();
  $storageNotices.set(rest);
}

function reportStatus(definition: { id: string; label: string }, status: DecodeStatus): void {
  if (status === 'ok' || status === 'migrated') {
    if (definition.id in $storageNotices.get()) dismissNotice(definition.id);
    return;
  }
  $storageNotices.set({
    ...$storageNotices.get(),
    [definition.id]: { sectionId: definition.id, label: definition.label, status },
  });
}
