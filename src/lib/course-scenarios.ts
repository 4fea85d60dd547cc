import { type CollectionEntry, getCollection } from 'astro:content';

/** The scenarios in their list order. */
export async function loadScenarios(): Promise<CollectionEntry<'scenarios'>[]> {
  const scenarios = await getCollection('scenarios');
  return scenarios.sort((a, b) => a.data.order - b.data.order);
}
