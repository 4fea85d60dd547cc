import type { ClientDirective } from 'astro';

type DirectiveLoad = Parameters<ClientDirective>[0];

/**
 * Loads an island, then renders it in a task of its own. Running an island's modules and hydrating it in one go was
 * one long task on a slow phone (Lighthouse's total blocking time); with a yield in between, and between islands
 * that share their modules, the browser can handle a tap or paint in between.
 */
export async function hydrateInOwnTask(load: DirectiveLoad): Promise<void> {
  const hydrate = await load();
  await new Promise((resolve) => setTimeout(resolve));
  await hydrate();
}
