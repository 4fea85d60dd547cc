import { closestIds } from './closest-ids';

/**
 * The entries named by `ids`, in that order, or all entries when `ids` is absent.
 * An unknown id throws a message naming the component, the id and the closest known ids.
 */
export function pickEntries<T extends { id: string }>(
  entries: readonly T[],
  ids: readonly string[] | undefined,
  where: string,
): T[] {
  if (!ids) return [...entries];
  const known = entries.map((entry) => entry.id);
  return ids.map((id) => {
    const entry = entries.find((candidate) => candidate.id === id);
    if (!entry) {
      throw new Error(
        `Unknown id "${id}" in ${where}.\n    Fix: use an existing id (did you mean ${closestIds(id, known).join(', ')}?).`,
      );
    }
    return entry;
  });
}
