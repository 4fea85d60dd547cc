import { unknownIdError } from './rules';

/**
 * The entries named by `ids`, in that order, or all entries when `ids` is absent. An unknown id fails the build
 * with the error every MDX component gives: the component, the page, the id and the closest known ids.
 */
export function pickEntries<T extends { id: string }>(
  entries: readonly T[],
  ids: readonly string[] | undefined,
  { component, page }: { component: string; page: string },
): T[] {
  if (!ids) return [...entries];
  const known = entries.map((entry) => entry.id);
  return ids.map((id) => {
    const entry = entries.find((candidate) => candidate.id === id);
    if (!entry) throw unknownIdError(component, id, known, page, 'ids');
    return entry;
  });
}
