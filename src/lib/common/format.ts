// How numbers, dates, times and addresses are written out in the course, in one place.

/** A count with its noun, e.g. "1 deelnemer", "3 deelnemers". */
export function plural(count: number, one: string, more: string): string {
  return `${count} ${count === 1 ? one : more}`;
}

/** Formats an ISO date (yyyy-mm-dd) as a Dutch date, e.g. "22 november 2026". */
export function formatDutchDate(isoDate: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The address as people type it, e.g. "pettenwijzer.nl". */
export function shortAddress(address: string | URL): string {
  return String(address)
    .replace(/^https?:\/\//, '')
    .replace(/\/$/, '');
}

/** Minutes as a clock offset, e.g. 75 → "1:15". */
export function formatOffset(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Seconds as a timer shows them, e.g. 754 → "12:34", 3725 → "1:02:05". */
export function formatTimer(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
