import { type CollectionEntry, getCollection } from 'astro:content';
import { loadWetgeving } from '../wetgeving/data';
import { expandWetPlaceholdersDeep } from '../wetgeving/status';
import { assertUniqueOrder } from './rules';

/** The lists in content/course/ whose entries carry an order (Astro's file loader does not keep file order). */
export type OrderedCourseList =
  | 'meldrechten'
  | 'kernboodschappen'
  | 'zevenW'
  | 'taken'
  | 'spagaat'
  | 'beleidskeuzes'
  | 'zelfscan'
  | 'draaiboek'
  | 'wetgeving';

/**
 * The entries of one of the course lists in content/course/, in their `order`, with {wet:…} statuses filled in.
 * Fails the build when two entries share an order, or (with `count`) when the orders are not exactly 1 to count.
 */
export async function loadCourseList<Name extends OrderedCourseList>(
  name: Name,
  count?: number,
): Promise<CollectionEntry<Name>['data'][]> {
  // getCollection's type does not narrow on a generic name; every listed collection has an order.
  const entries = (await getCollection(name)) as CollectionEntry<Name>[];
  const file = entries[0]?.filePath ?? `the ${name} collection`;
  const wetten = loadWetgeving();
  return assertUniqueOrder(
    file,
    entries.map((entry) => expandWetPlaceholdersDeep(entry.data, wetten)),
    count,
  );
}
