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
