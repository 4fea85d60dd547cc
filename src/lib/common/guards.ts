// Tiny shape checks for data read back in the browser (storage, imports, share links).
// Zod stays at build time: in an island it would cost ~6 KB gzip of the 20 KB page budget.

/** A plain object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** One of a fixed set of strings. */
export function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

/** A whole number within bounds. */
export function isWholeNumber(
  value: unknown,
  min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** A list whose every item passes the check. */
export function isListOf<T>(value: unknown, check: (item: unknown) => item is T): value is T[] {
  return Array.isArray(value) && value.every(check);
}

/** A record whose every value passes the check. */
export function isRecordOf<T>(value: unknown, check: (item: unknown) => item is T): value is Record<string, T> {
  return isRecord(value) && Object.values(value).every(check);
}
