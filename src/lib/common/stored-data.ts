import { isRecord, isWholeNumber } from './guards';
import { parseJson } from './json';

/** How a stored value turned out when it was read back. */
export type DecodeStatus = 'ok' | 'migrated' | 'corrupt' | 'foreign' | 'future';

/** The result of reading one stored value: the data to use, and what happened to get it. */
export interface Decoded<T> {
  status: DecodeStatus;
  data: T;
  /** The version found in storage, when there was one. */
  storedVersion?: number;
}

/** Everything needed to read one versioned value back. */
export interface VersionedFormat<T> {
  /** The version this build of the site writes. */
  version: number;
  /** Used when nothing usable is stored. */
  initial: T;
  /** Shape check of data in the current version; returns the data, or undefined when it does not fit. */
  validate: (data: unknown) => T | undefined;
  /** Migration from version n to n + 1, keyed by n. */
  migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
}

/** The envelope every stored value is wrapped in. */
export interface Envelope {
  version: number;
  data: unknown;
}

/** Wraps data in the versioned envelope and serialises it. */
export function encodeStored<T>(format: VersionedFormat<T>, data: T): string {
  return JSON.stringify({ version: format.version, data } satisfies Envelope);
}

/** Reads a raw stored string back: migrates old versions, and never throws on corrupt, foreign or newer data. */
export function decodeStored<T>(format: VersionedFormat<T>, raw: string): Decoded<T> {
  const fallback = (status: DecodeStatus, storedVersion?: number): Decoded<T> => ({
    status,
    data: format.initial,
    storedVersion,
  });
  const parsed = parseJson(raw);
  if (parsed === undefined) return fallback('corrupt');
  if (!isEnvelope(parsed)) return fallback('foreign');
  const storedVersion = parsed.version;
  if (storedVersion > format.version) return fallback('future', storedVersion);
  const migrated = migrate(parsed, format);
  if (migrated === undefined) return fallback('corrupt', storedVersion);
  const data = format.validate(migrated);
  if (data === undefined) return fallback('foreign', storedVersion);
  return { status: storedVersion === format.version ? 'ok' : 'migrated', data, storedVersion };
}

/** Whether a value has the envelope shape: a whole, positive version and a data field. */
export function isEnvelope(value: unknown): value is Envelope {
  // No upper bound: a version above the app's own is data from a newer version ("future"), kept as it is.
  return isRecord(value) && 'data' in value && isWholeNumber(value.version, 1, Number.POSITIVE_INFINITY);
}

function migrate<T>(envelope: Envelope, format: VersionedFormat<T>): unknown {
  let data = envelope.data;
  for (let version = envelope.version; version < format.version; version++) {
    const step = format.migrations?.[version];
    if (!step) return undefined;
    try {
      data = step(data);
    } catch {
      return undefined;
    }
  }
  return data;
}
