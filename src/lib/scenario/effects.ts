import type { Variables } from './conditions';

/** Adds a choice's effects to the variables; a variable never set before starts at 0. */
export function applyEffects(variables: Variables, effects: Readonly<Record<string, number>> | undefined): Variables {
  const next = { ...variables };
  for (const [name, change] of Object.entries(effects ?? {})) next[name] = (next[name] ?? 0) + change;
  return next;
}
