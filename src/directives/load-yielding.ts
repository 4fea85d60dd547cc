import type { ClientDirective } from 'astro';
import { hydrateInOwnTask } from './hydrate-in-own-task.ts';

/** `client:load-yielding`: `client:load`, rendering in its own task (see hydrate-in-own-task.ts). */
const loadYielding: ClientDirective = (load) => hydrateInOwnTask(load);

export default loadYielding;
