import { isRecord, isWholeNumber } from '../common/guards';
import { parseJson } from '../common/json';
import type { DecodeStatus, VersionedFormat } from '../common/stored-data';
import { decodeStored, encodeStored } from '../common/stored-data';
import { exportFormat, exportFormatVersion } from './data-export';

/** Larger files are refused before parsing: a learner's data is a few kilobytes. */
export const maxImportBytes = 1_000_000;

/** An import file that passed the outer checks; each section is still unchecked until planImport decodes it. */
export interface ImportFile {
  format: typeof exportFormat;
  formatVersion: number;
  exportedAt: string;
  sections: Record<string, unknown>;
}

/** What reading an import file gave: the file, or a reason in Dutch why it was refused. */
export type ParsedImport = { ok: true; file: ImportFile } | { ok: false; reason: string };

/** Checks an import file's text and says in plain Dutch why it cannot be used. Never throws. */
export function parseImportFile(text: string): ParsedImport {
  if (new TextEncoder().encode(text).length > maxImportBytes) {
    return refuse(`Het bestand is te groot (meer dan ${maxImportBytes / 1_000_000} MB). Een export is veel kleiner.`);
  }
  const data = parseJson(text);
  if (data === undefined) {
    return refuse('Dit is geen JSON-bestand. Kies een bestand dat je bij Exporteren hebt bewaard.');
  }
  if (!isRecord(data) || data.format !== exportFormat) {
    if (isRecord(data) && typeof data.format === 'string' && data.format.startsWith('pettenwijzer-')) {
      return refuse('Dit bestand hoort bij een hulpmiddel van Aan de slag, zoals het 7×W-canvas. Lees het daar in.');
    }
    return refuse('Dit is geen export van Pettenwijzer.');
  }
  const { formatVersion, exportedAt, sections } = data;
  if (isWholeNumber(formatVersion) && formatVersion > exportFormatVersion) {
    return refuse(
      'Dit bestand komt van een nieuwere versie van Pettenwijzer. Werk deze site bij en probeer het opnieuw.',
    );
  }
  const validIds = isRecord(sections) && Object.keys(sections).every((id) => /^[a-z0-9-]+$/.test(id));
  if (!isWholeNumber(formatVersion, 1) || typeof exportedAt !== 'string' || !isRecord(sections) || !validIds) {
    return refuse('Het bestand is beschadigd of aangepast: de onderdelen hebben niet de juiste vorm.');
  }
  return { ok: true, file: { format: exportFormat, formatVersion, exportedAt, sections } };
}

/** How a section is read and, optionally, joined with what is stored: what the import needs of a store. */
export interface ImportFormat<T = unknown> extends VersionedFormat<T> {
  merge?: (local: T, imported: T) => T;
}

/** "samenvoegen" joins each section with what is stored; "vervangen" also wipes what the file does not hold. */
export type ImportMode = 'samenvoegen' | 'vervangen';

/** What importing does to one section. Only "nieuw", "vervangen", "samengevoegd" and "gewist" change anything. */
export type ImportChange = 'nieuw' | 'vervangen' | 'samengevoegd' | 'gelijk' | 'geweigerd' | 'genegeerd' | 'gewist';

/** One row of the import preview. */
export interface ImportPlanRow {
  sectionId: string;
  change: ImportChange;
  /** Why the section is refused, in Dutch, to follow "want"; only with "geweigerd". */
  reason?: string;
  /** The checked data the section will hold; only with "nieuw", "vervangen" and "samengevoegd". */
  data?: unknown;
}

// Why a section of the file cannot be used, by the status the store's own decoder gave it.
const refusals: Record<Exclude<DecodeStatus, 'ok' | 'migrated'>, string> = {
  foreign: 'de gegevens in het bestand hebben niet de vorm die deze site kent',
  future: 'ze komen van een nieuwere versie van Pettenwijzer',
  corrupt: 'ze komen van een oudere versie die deze site niet kan omzetten',
};
const localIsNewer = 'wat deze browser nu bewaart, komt van een nieuwere versie van Pettenwijzer';
const mergeDoesNotFit = 'samengevoegd met wat er nu staat, zouden de gegevens niet meer kloppen';

/**
 * The preview of an import: each section of the file is read with the same decoder its store uses on load
 * (formats, by section id), so what is refused here would also have been thrown away there. A refused or
 * unknown section is not applied, and what is stored for it stays as it is in both modes.
 */
export function planImport(
  file: ImportFile,
  stored: Record<string, string>,
  formats: Record<string, ImportFormat>,
  mode: ImportMode,
): ImportPlanRow[] {
  // Own properties only: a section called "constructor" must not find Object's.
  const own = <T>(record: Record<string, T>, key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
  const rows = Object.entries(file.sections).map(([sectionId, value]) =>
    planSection(sectionId, value, own(stored, sectionId), own(formats, sectionId), mode),
  );
  if (mode === 'vervangen') {
    for (const sectionId of Object.keys(stored)) {
      if (!Object.hasOwn(file.sections, sectionId)) rows.push({ sectionId, change: 'gewist' });
    }
  }
  return rows;
}

function planSection(
  sectionId: string,
  value: unknown,
  current: string | undefined,
  format: ImportFormat | undefined,
  mode: ImportMode,
): ImportPlanRow {
  if (!format) return { sectionId, change: 'genegeerd' };
  const refused = (reason: string): ImportPlanRow => ({ sectionId, change: 'geweigerd', reason });
  const { status, data: imported } = decodeStored(format, JSON.stringify(value));
  if (status !== 'ok' && status !== 'migrated') return refused(refusals[status]);
  let data: unknown = imported;
  if (mode === 'samenvoegen' && current !== undefined) {
    const local = decodeStored(format, current);
    if (local.status === 'future') return refused(localIsNewer);
    // Local data that does not decode is already lost to the store; only usable data is joined, and checked again.
    if (local.status === 'ok' || local.status === 'migrated')
      data = format.validate((format.merge ?? mergeData)(local.data, imported));
    if (data === undefined) return refused(mergeDoesNotFit);
  }
  if (current === undefined) return { sectionId, change: 'nieuw', data };
  if (current === encodeStored(format, data)) return { sectionId, change: 'gelijk' };
  return { sectionId, change: mode === 'vervangen' ? 'vervangen' : 'samengevoegd', data };
}

/**
 * Combines stored data with imported data: keyed records are joined, and where both have the same key the
 * imported value wins, one level deep (so answers per round or results per quiz are combined).
 */
export function mergeData(local: unknown, imported: unknown): unknown {
  if (!isRecord(local) || !isRecord(imported)) return imported;
  const merged: Record<string, unknown> = { ...local };
  for (const [key, value] of Object.entries(imported)) {
    const mine = local[key];
    merged[key] = isRecord(mine) && isRecord(value) ? { ...mine, ...value } : value;
  }
  return merged;
}

function refuse(reason: string): ParsedImport {
  return { ok: false, reason };
}
