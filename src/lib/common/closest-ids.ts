/** The known ids most like an unknown one (by shared start or edit distance), for "did you mean" hints. */
export function closestIds(unknown: string, known: readonly string[], count = 3): string[] {
  return [...known]
    .map((id) => ({ id, distance: editDistance(unknown, id) - (id.startsWith(unknown.slice(0, 4)) ? 2 : 0) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map((item) => item.id);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
