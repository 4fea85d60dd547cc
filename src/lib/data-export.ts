import { isRecord, isWholeNumber } from './guards';
import type { Envelope } from './stored-data';
import { isEnvelope } from './stored-data';

/** Marks a file as a Pettenwijzer export, so a random JSON file is refused with a clear reason. */
export const exportFormat = 'pettenwijzer-export';
/** The version of the export file layout this site writes and reads. */
export const exportFormatVersion = 1;
/** Larger files are refused before parsing: a learner's data is a few kilobytes. */
export const maxImportBytes = 1_000_000;

/** One export file: every section's stored envelope, keyed by section id. */
export interface ExportFile {
  format: typeof exportFormat;
  formatVersion: number;
  exportedAt: string;
  sections: Record<string, Envelope>;
}

/** What reading an import file gave: the file, or a reason in Dutch why it was refused. */
export type ParsedImport = { ok: true; file: ExportFile } | { ok: false; reason: string };

/** Builds the export file from raw stored values (section id → stored string); unreadable values are left out. */
export function buildExport(stored: Record<string, string>, now: Date): ExportFile {
  const sections: Record<string, Envelope> = {};
  for (const [id, raw] of Object.entries(stored)) {
    const envelope = parseJson(raw);
    if (isEnvelope(envelope)) sections[id] = envelope;
  }
  return { format: exportFormat, formatVersion: exportFormatVersion, exportedAt: now.toISOString(), sections };
}

/** Checks an import file's text and says in plain Dutch why it cannot be used. Never throws. */
export function parseImportFile(text: string): ParsedImport {
  if (new TextEncoder().encode(text).length > maxImportBytes) {
    return refuse(`Het bestand is te groot (meer dan ${maxImportBytes / 1_000_000} MB). Een export is veel kleiner.`);
  }
  const data = parseJson(text);
  if (data === undefined) {
    return refuse('Dit is geen JSON-bestand. Kies een bestand dat je bij Exporteren hebt bewaard.');
  }
  if (!isRecord(data) || data.format !== exportFormat) return refuse('Dit is geen export van Pettenwijzer.');
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
  const badSection = Object.entries(sections).find(([, envelope]) => !isEnvelope(envelope));
  if (badSection) return refuse(`Het onderdeel "${badSection[0]}" in het bestand is beschadigd.`);
  const file: ExportFile = {
    format: exportFormat,
    formatVersion,
    exportedAt,
    sections: sections as Record<string, Envelope>,
  };
  return { ok: true, file };
}

/** How importing would change one section, for the preview. */
export type ImportChange = 'nieuw' | 'vervangen' | 'gelijk' | 'nieuwere-versie' | 'onbekend';

/** One row of the import preview. */
export interface ImportPlanRow {
  sectionId: string;
  change: ImportChange;
}

/** Compares an import file with what is stored now (section id → raw value) and known sections (id → version). */
export function planImport(
  file: ExportFile,
  stored: Record<string, string>,
  knownVersions: Record<string, number>,
): ImportPlanRow[] {
  return Object.entries(file.sections).map(([sectionId, envelope]) => {
    const known = knownVersions[sectionId];
    if (known === undefined) return { sectionId, change: 'onbekend' };
    if (envelope.version > known) return { sectionId, change: 'nieuwere-versie' };
    const current = stored[sectionId];
    if (current === undefined) return { sectionId, change: 'nieuw' };
    return { sectionId, change: current === JSON.stringify(envelope) ? 'gelijk' : 'vervangen' };
  });
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

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function refuse(reason: string): ParsedImport {
  return { ok: false, reason };
}
