import { relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { findPlaceholderIssues } from '../lib/wetgeving';
import { loadWetgeving } from '../lib/wetgeving-data';
import { ContentError } from './friendly-errors';

/**
 * Astro's glob loader (one entry per file, e.g. `*.yaml` or `*.mdx`), but an entry that does not fit its
 * schema fails the build with a message naming the file, the field, what was expected and found, and the fix.
 * Give the same schema to `defineCollection`.
 */
export function checkedGlob({ pattern, base, schema }: { pattern: string; base: string; schema: z.ZodType }): Loader {
  return checked(glob({ pattern, base }), schema, ({ id, filePath }) =>
    filePath ? relative(process.cwd(), filePath) : `${base}/${id}`,
  );
}

/**
 * Astro's file loader (one file holding a list of entries with an `id` each, e.g. `content/begrippen.yaml`),
 * with the same friendly errors; the field path starts at the entry's id.
 */
export function checkedFile({ path, schema }: { path: string; schema: z.ZodType }): Loader {
  return checked(file(path), schema, ({ id }) => `${path} (entry "${id}")`);
}

type Locate = (entry: { id: string; filePath?: string }) => string;

function checked(inner: Loader, schema: z.ZodType, locate: Locate): Loader {
  return {
    name: `pettenwijzer-checked-${inner.name}`,
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const result = schema.safeParse(props.data);
          if (!result.success) {
            throw new ContentError(locate(props), result.error.issues, props.data);
          }
          const placeholders = findPlaceholderIssues(
            props.data,
            loadWetgeving().map((wet) => wet.id),
          );
          if (placeholders.length > 0) {
            const issues = placeholders.map(({ path, message, fix }) => ({
              code: 'custom' as const,
              path,
              message,
              params: { fix },
              input: undefined,
            }));
            throw new ContentError(locate(props), issues, props.data);
          }
          return context.parseData(props);
        },
      }),
  };
}
