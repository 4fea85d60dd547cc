import { atom, onMount } from 'nanostores';

/** The time now in milliseconds, ticking every second while an island shows it (the deck timer). */
export const $now = atom(Date.now());

onMount($now, () => {
  $now.set(Date.now());
  const tick = setInterval(() => $now.set(Date.now()), 1000);
  return () => clearInterval(tick);
});
