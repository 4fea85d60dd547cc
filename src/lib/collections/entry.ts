import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { unknownIdError } from './rules';

/** The collections an MDX component looks an entry up in by id. */
type LookedUp = 'begrippen' | 'quizzes' | 'scenarios';

/**
 * The entry `id` of `collection` for the MDX component `component` on `page`; an unknown id fails the build with
 * the closest known ids (the one error every component uses).
 */
export async function entryFor<C extends LookedUp>(
  collection: C,
  id: string,
  { component, page, prop = 'id' }: { component: string; page: string; prop?: string },
): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (entry) return entry as CollectionEntry<C>;
  const known = (await getCollection(collection)).map((candidate) => candidate.id);
  throw unknownIdError(component, id, known, page, prop);
}
