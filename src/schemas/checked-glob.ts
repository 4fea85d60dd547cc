import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError } from './friendly-errors';

interface CheckedGlobOptions {
  /** Files to load, relative to `base`, e.g. `*.yaml`. */
  pattern: string;
  /** Folder of the collection, e.g. `./content/stellingen`. */
  base: string;
  /** The collection's schema; give the same one to `defineCollection`. */
  schema: z.ZodType;
}

/**
 * Astro's glob loader, but an entry that does not fit its schema fails the build with a
 * message that names the file, the field, what was expected, what was found and the fix.
 */
export function checkedGlob({ pattern, base, schema }: CheckedGlobOptions): Loader {
  const inner = glob({ pattern, base });
  return {
    name: 'pettenwijzer-checked-glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const result = schema.safeParse(props.data);
          if (!result.success) {
            const file = props.filePath ? relative(process.cwd(), props.filePath) : `${base}/${props.id}`;
            throw new ContentError(file, result.error.issues, props.data);
          }
          return context.parseData(props);
        },
      }),
  };
}
