import { atom } from 'nanostores';

/** The part of the Web Storage API the persistence layer needs. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Whether what the learner does is kept after this visit. False in private mode, with storage off or full. */
export const $storageAvailable = atom(true);

/**
 * An engine for @nanostores/persistent that never throws: it writes through to real storage and,
 * when that is missing, blocked or full, keeps working in memory for the rest of the visit.
 */
export function createSafeEngine(backing: StorageLike | undefined): Record<string, string> {
  const memory = new Map<string, string>();
  let storage = backing && isWritable(backing) ? backing : undefined;
  if (!storage) $storageAvailable.set(false);

  const fallBack = (): void => {
    if (!storage) return;
    for (const key of keysOf(storage)) memory.set(key, storage.getItem(key) ?? '');
    storage = undefined;
    $storageAvailable.set(false);
  };

  const read = (key: string): string | undefined => {
    if (!storage) return memory.get(key);
    try {
      return storage.getItem(key) ?? undefined;
    } catch {
      fallBack();
      return memory.get(key);
    }
  };

  return new Proxy({} as Record<string, string>, {
    get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
    set: (_target, key, value) => {
      if (typeof key !== 'string') return true;
      memory.set(key, String(value));
      try {
        storage?.setItem(key, String(value));
      } catch {
        fallBack();
      }
      return true;
    },
    deleteProperty: (_target, key) => {
      if (typeof key !== 'string') return true;
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        fallBack();
      }
      return true;
    },
    ownKeys: () => (storage ? keysOf(storage) : [...memory.keys()]),
    getOwnPropertyDescriptor: (_target, key) => {
      const value = typeof key === 'string' ? read(key) : undefined;
      return value === undefined ? undefined : { value, enumerable: true, configurable: true, writable: true };
    },
  });
}

/** The browser's localStorage, or undefined where reading it alone throws (storage disabled). */
export function browserStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function isWritable(storage: StorageLike): boolean {
  const probe = 'pettenwijzer:probe';
  try {
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

function keysOf(storage: StorageLike): string[] {
  const keys: string[] = [];
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key !== null) keys.push(key);
    }
  } catch {
    return keys;
  }
  return keys;
}
