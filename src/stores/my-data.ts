import type { ExportFile, ImportPlanRow } from '../lib/data-export';
import { buildExport, mergeData, planImport } from '../lib/data-export';
import { decodeStored } from '../lib/stored-data';
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

/** The preview of an import: per section, whether it is new, replaced, unchanged, newer or unknown. */
export function previewImport(file: ExportFile): ImportPlanRow[] {
  const versions = Object.fromEntries(registeredSections().map((s) => [s.definition.id, s.definition.version]));
  return planImport(file, readAllStored(), versions);
}

/**
 * Applies an import. "vervangen" first wipes everything; "samenvoegen" joins each section with what is
 * stored. Sections this site cannot read (unknown or newer) are stored as they are, never thrown away.
 */
export function applyImport(file: ExportFile, mode: 'samenvoegen' | 'vervangen'): void {
  if (mode === 'vervangen') wipeAllData();
  const sections = new Map(registeredSections().map((section) => [section.definition.id, section]));
  for (const [sectionId, envelope] of Object.entries(file.sections)) {
    const section = sections.get(sectionId);
    const raw = JSON.stringify(envelope);
    const decoded = section ? decodeStored(section.definition, raw) : undefined;
    if (!section || !decoded || (decoded.status !== 'ok' && decoded.status !== 'migrated')) {
      writeStoredRaw(sectionId, raw);
      continue;
    }
    const merge = section.definition.merge ?? mergeData;
    section.store.set(mode === 'samenvoegen' ? merge(section.store.get(), decoded.data) : decoded.data);
  }
}
