import { parseJson } from '../common/json';
import type { Envelope } from '../common/stored-data';
import { isEnvelope } from '../common/stored-data';

// The import side (checking a file, the preview, merging) is in data-import.ts, loaded only when a file is chosen.

/** Marks a file as a Pettenwijzer export, so a random JSON file is refused with a clear reason. */
export const exportFormat = 'pettenwijzer-export';
/** The version of the export file layout this site writes and reads. */
export const exportFormatVersion = 1;

/** One export file: every section's stored envelope, keyed by section id. */
export interface ExportFile {
  format: typeof exportFormat;
  formatVersion: number;
  exportedAt: string;
  sections: Record<string, Envelope>;
}

/** Builds the export file from raw stored values (section id → stored string); unreadable values are left out. */
export function buildExport(stored: Record<string, string>, now: Date): ExportFile {
  const sections: Record<string, Envelope> = {};
  for (const [id, raw] of Object.entries(stored)) {
    const envelope = parseJson(raw);
    if (isEnvelope(envelope)) sections[id] = envelope;
  }
  return { format: exportFormat, formatVersion: exportFormatVersion, exportedAt: now.toISOString(), sections };
}
