// Reads content/course/wetgeving.yaml synchronously at build time, for the Markdown renderer, the content
// loaders and the build warnings, which cannot wait for Astro's collections. Pages may use either this or
// loadCourseList('wetgeving'): both read the same file through the same schema.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseContent } from '../../schemas/friendly-errors';
import { type Wet, wetgevingSchema } from '../../schemas/wetgeving';
import { expandWetPlaceholdersDeep, legalReferenceDate } from './status';

export const wetgevingFile = 'content/course/wetgeving.yaml';

let cached: Wet[] | undefined;

/** The laws and bills in content/course/wetgeving.yaml, validated, in their order. */
export function loadWetgeving(): Wet[] {
  if (!cached) {
    const entries: unknown = parse(readFileSync(wetgevingFile, 'utf8'));
    if (!Array.isArray(entries)) throw new Error(`${wetgevingFile} must be a list of laws, each with an id.`);
    cached = entries
      .map((entry, index) =>
        parseContent(
          wetgevingSchema,
          entry,
          `${wetgevingFile} (entry ${String((entry as { id?: unknown })?.id ?? index + 1)})`,
        ),
      )
      .sort((a, b) => a.order - b.order);
  }
  return cached;
}

/** The peildatum of the course (yyyy-mm-dd): the newest source behind any status in wetgeving.yaml. */
export function peildatum(): string {
  return legalReferenceDate(loadWetgeving());
}

/** Content data with every {wet:…} placeholder in its strings replaced by the status, as plain text. */
export function withWetStatus<T>(data: T): T {
  return expandWetPlaceholdersDeep(data, loadWetgeving());
}
