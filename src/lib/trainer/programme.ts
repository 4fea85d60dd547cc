/** What the timing needs of a programme part. */
export interface TimedPart {
  minutes: number;
}

/** A part with its start and end, in minutes from the start of the webinar. */
export type Scheduled<T> = T & { startMinute: number; endMinute: number };

/** Adds start and end minutes to each part, in the order given. */
export function schedule<T extends TimedPart>(parts: readonly T[]): Scheduled<T>[] {
  let clock = 0;
  return parts.map((part) => {
    const startMinute = clock;
    clock += part.minutes;
    return { ...part, startMinute, endMinute: clock };
  });
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
