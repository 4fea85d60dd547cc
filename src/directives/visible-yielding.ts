import type { ClientDirective } from 'astro';
import { hydrateInOwnTask } from './hydrate-in-own-task.ts';

/**
 * `client:visible-yielding`: `client:visible` (loads when the island scrolls into view), rendering in its own task
 * (see hydrate-in-own-task.ts).
 */
const visibleYielding: ClientDirective = (load, _options, island) => {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void hydrateInOwnTask(load);
  });
  for (const child of island.children) observer.observe(child);
};

export default visibleYielding;
