import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * Reads a persisted store in an island. The first render uses the store's initial value so it matches
 * the HTML built on the server; the learner's stored value appears right after hydration.
 */
export function useHydratedStore<T>(store: ReadableAtom<T>, initial: T): T {
  const value = useStore(store);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated ? value : initial;
}
