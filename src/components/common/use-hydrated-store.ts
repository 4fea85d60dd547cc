import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/** False during the server render and the first client render, true once the island has hydrated. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * Reads a persisted section in an island, the one way islands read stored data. The first render uses the
 * section's initial value so it matches the HTML built on the server; the learner's stored value appears right
 * after hydration.
 */
export function useHydratedStore<T>(section: ReadableAtom<T> & { readonly initial: T }): T {
  const value = useStore(section);
  return useHydrated() ? value : section.initial;
}
