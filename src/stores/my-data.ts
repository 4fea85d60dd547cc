import type { ExportFile } from '../lib/progress/data-export';
import { buildExport } from '../lib/progress/data-export';
import { $storageNotices, readAllStored, registeredSections, writeStoredRaw } from './persistent-section';

/** What the learner's browser holds for one section, for the "Mijn gegevens" list. */
export interface StoredSectionInfo {
  sectionId: string;
  label: string;
  bytes: number;
}

/** Everything the site keeps in this browser, per section, with its size in bytes. */
export function listStoredData(): StoredSectionInfo[] {
  const labels = new Map(registeredSections().map((section) => [section.definition.id, section.definition.label]));
  return Object.entries(readAllStored()).map(([sectionId, raw]) => ({
    sectionId,
    label: labels.get(sectionId) ?? `Onbekend onderdeel (${sectionId})`,
    bytes: new TextEncoder().encode(raw).length,
  }));
}

/** All stored data as one export file. */
export function exportAllData(now = new Date()): ExportFile {
  return buildExport(readAllStored(), now);
}

/** Removes every key the site wrote, from this page's stores and from storage. */
export function wipeAllData(): void {
  for (const section of registeredSections()) section.forget();
  for (const sectionId of Object.keys(readAllStored())) writeStoredRaw(sectionId, undefined);
  $storageNotices.set({});
}
