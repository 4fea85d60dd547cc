import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { atom } from 'nanostores';
import type { DecodeStatus, VersionedFormat } from '../lib/stored-data';
import { decodeStored, encodeStored } from '../lib/stored-data';
import { browserStorage, createSafeEngine } from './storage-engine';

/** Every key the site writes starts with this, so "delete everything" can find them all and nothing else. */
export const STORAGE_PREFIX = 'pettenwijzer:';

/** One part of the learner's data, e.g. the stellingen answers. */
export interface SectionDefinition<T> extends VersionedFormat<T> {
  /** Short id; the storage key is `pettenwijzer:<id>`. */
  id: string;
  /** Dutch name shown to the learner, e.g. "Antwoorden op de stellingen". */
  label: string;
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
  storageKey: string;
}

/** Sections that found unusable data, keyed by section id. */
export const $storageNotices = atom<Record<string, StorageNotice>>({});

const registry = new Map<string, Section>();

if (typeof window !== 'undefined') setPersistentEngine(createSafeEngine(browserStorage()), windowPersistentEvents);

/**
 * Creates a persisted store for one section of the learner's data. Corrupt, foreign or newer data
 * never throws: the store starts empty and a notice says so. Newer data is also never overwritten.
 */
export function persistentSection<T>(definition: SectionDefinition<T>): WritableAtom<T> {
  const storageKey = `${STORAGE_PREFIX}${definition.id}`;
  let preservedFutureData: string | undefined;

  const store = persistentAtom<T>(storageKey, definition.initial, {
    encode: (value) => preservedFutureData ?? encodeStored(definition, value),
    decode: (raw) => {
      const decoded = decodeStored(definition, raw);
      preservedFutureData = decoded.status === 'future' ? raw : undefined;
      reportStatus(definition, decoded.status);
      return decoded.data;
    },
  });
  registry.set(definition.id, { definition, store, storageKey } as Section);
  return store;
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

function reportStatus(definition: SectionDefinition<unknown>, status: DecodeStatus): void {
  if (status === 'ok' || status === 'migrated') {
    if (definition.id in $storageNotices.get()) dismissNotice(definition.id);
    return;
  }
  $storageNotices.set({
    ...$storageNotices.get(),
    [definition.id]: { sectionId: definition.id, label: definition.label, status },
  });
}
