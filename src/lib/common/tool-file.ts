// Kept free of the data modules, so each tool page loads only its own kind of file (see canvas-file.ts).
import { isRecord, isWholeNumber } from './guards';
import { parseJson } from './json';

/** The rules for one kind of file that a tool on "Aan de slag" writes and reads back. */
export interface ToolFileKind<T> {
  /** Marks the file, e.g. "pettenwijzer-7xw-canvas". */
  format: string;
  /** The file layout version this site writes and reads. */
  version: number;
  /** What the file holds, in Dutch, for messages: "een 7×W-canvas". */
  label: string;
  /** Shape check of the file's data; returns the data, or undefined when it does not fit. */
  read: (data: unknown) => T | undefined;
}

/** A file as it is written: a marker, a version, the export date and the data. */
export interface ToolFile<T> {
  format: string;
  formatVersion: number;
  exportedAt: string;
  data: T;
}

/** What reading a file gave: the data, or a reason in plain Dutch why it was refused. */
export type ParsedToolFile<T> = { ok: true; data: T; exportedAt: string } | { ok: false; reason: string };

/** Files larger than this are refused before they are read: a canvas or a scan is a few kilobytes. */
export const maxToolFileBytes = 200_000;

/** Wraps data in the file layout of its kind, ready for JSON.stringify. */
export function buildToolFile<T>(kind: ToolFileKind<T>, data: T, now: Date): ToolFile<T> {
  return { format: kind.format, formatVersion: kind.version, exportedAt: now.toISOString(), data };
}

/** Checks a file's text and says in plain Dutch why it cannot be used. Never throws. */
export function parseToolFile<T>(kind: ToolFileKind<T>, text: string): ParsedToolFile<T> {
  if (new TextEncoder().encode(text).length > maxToolFileBytes) {
    return refuse(
      `Het bestand is te groot (meer dan ${maxToolFileBytes / 1000} kB). Een export van ${kind.label} is veel kleiner.`,
    );
  }
  const parsed = parseJson(text);
  if (parsed === undefined) {
    return refuse('Dit is geen JSON-bestand. Kies een bestand dat je hier met "Exporteren als JSON" hebt bewaard.');
  }
  if (!isRecord(parsed) || parsed.format !== kind.format) {
    if (isRecord(parsed) && parsed.format === 'pettenwijzer-export') {
      return refuse('Dit is een export van al je gegevens. Lees die in bij Voortgang, onder "Mijn gegevens".');
    }
    return refuse(`Dit is geen export van ${kind.label}.`);
  }
  if (isWholeNumber(parsed.formatVersion) && parsed.formatVersion > kind.version) {
    return refuse(
      'Dit bestand komt van een nieuwere versie van Pettenwijzer. Werk deze site bij en probeer het opnieuw.',
    );
  }
  const data = parsed.formatVersion === kind.version ? kind.read(parsed.data) : undefined;
  if (data === undefined || typeof parsed.exportedAt !== 'string') {
    return refuse('Het bestand is beschadigd of aangepast: de inhoud heeft niet de juiste vorm.');
  }
  return { ok: true, data, exportedAt: parsed.exportedAt };
}

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
