// Loaded only when the learner chooses a file on "Mijn gegevens", to keep that page within its JS budget.
import type { ImportFile, ImportMode, ImportPlanRow } from '../lib/progress/data-import';
import { planImport } from '../lib/progress/data-import';
import { readAllStored, registeredSections, writeStoredRaw } from './persistent-section';

/** The preview of an import: per section what would happen, with each section read by its store's own decoder. */
export function previewImport(file: ImportFile, mode: ImportMode): ImportPlanRow[] {
  const formats = Object.fromEntries(
    registeredSections().map((section) => [section.definition.id, section.definition]),
  );
  return planImport(file, readAllStored(), formats, mode);
}

/**
 * Applies an import, planned afresh against what is stored now, and returns that plan. Only checked data is
 * stored; a refused or unknown section leaves what is stored for it untouched, also when replacing everything.
 */
export function applyImport(file: ImportFile, mode: ImportMode): ImportPlanRow[] {
  const plan = previewImport(file, mode);
  const sections = new Map(registeredSections().map((section) => [section.definition.id, section]));
  for (const { sectionId, change, data } of plan) {
    const section = sections.get(sectionId);
    if (change === 'gewist') {
      section?.forget();
      writeStoredRaw(sectionId, undefined);
    } else if (section && (change === 'nieuw' || change === 'vervangen' || change === 'samengevoegd')) {
      // Forgetting first drops data kept from a newer version and its notice, so the new data is written.
      section.forget();
      section.store.set(data);
    }
  }
  return plan;
}
