import { type CollectionEntry, getCollection } from 'astro:content';
import { expandWetPlaceholdersDeep } from './wetgeving';
import { loadWetgeving } from './wetgeving-data';

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

/** The entries of one of the course lists in content/course/, in their `order`, with {wet:…} statuses filled in. */
export async function loadCourseList<Name extends OrderedCourseList>(
  name: Name,
): Promise<CollectionEntry<Name>['data'][]> {
  // getCollection's type does not narrow on a generic name; every listed collection has an order.
  const entries = (await getCollection(name)) as CollectionEntry<Name>[];
  const wetten = loadWetgeving();
  return entries.map((entry) => expandWetPlaceholdersDeep(entry.data, wetten)).sort((a, b) => a.order - b.order);
}
