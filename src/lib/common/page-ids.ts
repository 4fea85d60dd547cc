// Element ids for a component used more than once on a page, the same in every build: a random suffix changed
// every page that uses the component at each build, so the offline update fetched those pages again unchanged.

const usesByPage = new WeakMap<object, Map<string, number>>();

/**
 * `base` for its first use on the page, then `base--2`, `base--3`… in the order the uses render; two dashes, as no
 * kebab-case id has them, so the second "wet" never meets a term "wet-2". `page` is one object per rendered page,
 * such as Astro's request.
 */
export function idOnPage(page: object, base: string): string {
  const uses = usesByPage.get(page) ?? new Map<string, number>();
  usesByPage.set(page, uses);
  const count = (uses.get(base) ?? 0) + 1;
  uses.set(base, count);
  return count === 1 ? base : `${base}--${count}`;
}
