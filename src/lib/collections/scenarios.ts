import { type CollectionEntry, getCollection } from 'astro:content';
import { assertUniqueOrder } from './rules';

/** The scenarios in their list order; fails the build when two share an order. */
export async function loadScenarios(): Promise<CollectionEntry<'scenarios'>[]> {
  const scenarios = await getCollection('scenarios');
  return assertUniqueOrder(
    'content/scenarios/*.yaml',
    scenarios.map((scenario) => ({ ...scenario, order: scenario.data.order })),
  );
}

/** One page per scenario, for getStaticPaths of the player and the map. */
export async function scenarioPaths() {
  return (await loadScenarios()).map((scenario) => ({ params: { id: scenario.id }, props: { scenario } }));
}
