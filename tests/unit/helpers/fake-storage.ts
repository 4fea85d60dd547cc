import type { StorageLike } from '../../../src/stores/storage-engine';

/** An in-memory Web Storage for tests, which can be told to refuse writes like a full or blocked one. */
export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  refuseWrites = false;

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.refuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A window stand-in that never sends storage events, for `connectStorage(storage, noStorageEvents)`. */
export const noStorageEvents = { addEventListener() {}, removeEventListener() {} };
