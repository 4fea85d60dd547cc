import { type CollectionEntry, getCollection } from 'astro:content';

/** The scenarios in their list order. */
export async function loadScenarios(): Promise<CollectionEntry<'scenarios'>[]> {
  const scenarios = await getCollection('scenarios');
  return scenarios.sort((a, b) => a.data.order - b.data.order);
}

/** One page per scenario, for getStaticPaths of the player and the map. */
export async function scenarioPaths() {
  return (await loadScenarios()).map((scenario) => ({ params: { id: scenario.id }, props: { scenario } }));
}
