/** Shuffles a list the same way every build (seeded by a text), and never returns it in its original order. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  let state = [...seed].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 2166136261);
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other] as T, shuffled[index] as T];
  }
  const unchanged = shuffled.every((item, index) => item === items[index]);
  return unchanged && items.length > 1 ? [...shuffled.slice(1), shuffled[0] as T] : shuffled;
}
