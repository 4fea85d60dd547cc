import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { ContentError } from '../../schemas/friendly-errors';
import { loadWetgeving } from '../wetgeving/data';
import { findPlaceholderIssues } from '../wetgeving/status';

type Issue = z.core.$ZodIssue;

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
 * Reads one file holding a list of entries with an `id` each (e.g. `content/begrippen.yaml`), like Astro's file
 * loader, but a file that cannot be read, an entry without an id or two entries with the same id fail the build
 * (Astro only warns and keeps one of the two). An entry that does not fit its schema fails with the same friendly
 * errors as checkedGlob; the field path starts at the entry's id.
 */
export function checkedFile({ path, schema }: { path: string; schema: z.ZodType }): Loader {
  return {
    name: 'pettenwijzer-checked-file',
    load: async ({ config, store, parseData, watcher, logger }: LoaderContext) => {
      const filePath = fileURLToPath(new URL(path, config.root));
      const sync = async () => {
        const entries = readEntryList(path, await readFile(filePath, 'utf8'));
        const parsed = [];
        for (const { id, data } of entries) {
          assertValid(`${path} (entry "${id}")`, schema, data);
          parsed.push({ id, data: await parseData({ id, data, filePath }), filePath: path });
        }
        store.clear();
        for (const entry of parsed) store.set(entry);
      };
      await sync();
      watcher?.add(filePath);
      watcher?.on('change', async (changed) => {
        if (changed !== filePath) return;
        try {
          await sync();
          logger.info(`Reloaded ${path}`);
        } catch (error) {
          // The dev server keeps running with the last good entries; the author reads why in the terminal.
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}

/** One entry of a list file: its id and its fields as written. */
export interface ListEntry {
  id: string;
  data: Record<string, unknown>;
}

/**
 * Parses the YAML text of a list file into its entries. Throws a ContentError naming the file when the YAML
 * cannot be read, when it is not a list of entries, when an entry has no id, or when two entries share an id
 * (naming both, with their line and term or title).
 */
export function readEntryList(file: string, text: string): ListEntry[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const fail = (issues: Issue[], input: unknown): never => {
    throw new ContentError(file, issues, input);
  };
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const line = syntaxError.linePos?.[0].line;
    fail(
      [
        issue(
          [],
          `the YAML cannot be read${line ? ` at line ${line}` : ''}: ${syntaxError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:$/, '')}`,
          'check the indentation and the quotes around that line; quote a text that contains a colon.',
        ),
      ],
      undefined,
    );
  }
  const data: unknown = document.toJS();
  const items = isSeq(document.contents) ? document.contents.items : [];
  if (!Array.isArray(data)) {
    return fail([issue([], 'expected a list of entries', 'start every entry with `- id: …`.')], data);
  }
  const lineOf = (index: number) => {
    const start = items[index]?.range?.[0];
    return start === undefined ? '?' : String(lines.linePos(start).line);
  };
  const problems: Issue[] = [];
  const firstIndex = new Map<string, number>();
  data.forEach((entry: unknown, index) => {
    const id = isEntry(entry) ? entry.id : undefined;
    if (typeof id !== 'string' || id === '') {
      problems.push(
        issue(
          [index],
          `the entry on line ${lineOf(index)} has no id`,
          'give it an `id:` of lowercase letters, digits and hyphens.',
        ),
      );
      return;
    }
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, index);
      return;
    }
    problems.push(
      issue(
        [index, 'id'],
        `the id "${id}" is used twice: by ${describeEntry(data[first], first, lineOf(first))} and by ${describeEntry(entry, index, lineOf(index))}; only one of them would be shown`,
        'give each entry its own id, or merge the two entries into one.',
      ),
    );
  });
  if (problems.length > 0) fail(problems, data);
  return (data as Record<string, unknown>[]).map((entry) => ({ id: String(entry.id), data: entry }));
}

function isEntry(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Names an entry as an author finds it: position, line and its term or title, e.g. `[3] (line 12, "Doelbinding")`. */
function describeEntry(entry: unknown, index: number, line: string): string {
  const fields = isEntry(entry) ? entry : {};
  const name = ['term', 'title', 'topic', 'label', 'question']
    .map((key) => fields[key])
    .find((value) => typeof value === 'string');
  return `[${index}] (line ${line}${name ? `, ${JSON.stringify(name)}` : ''})`;
}

function issue(path: PropertyKey[], message: string, fix: string): Issue {
  return { code: 'custom', path, message, params: { fix }, input: undefined };
}

type Locate = (entry: { id: string; filePath?: string }) => string;

function checked(inner: Loader, schema: z.ZodType, locate: Locate): Loader {
  return {
    name: `pettenwijzer-checked-${inner.name}`,
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          assertValid(locate(props), schema, props.data);
          return context.parseData(props);
        },
      }),
  };
}

/** Fails with the friendly errors when data does not fit its schema or names a law that wetgeving.yaml lacks. */
function assertValid(location: string, schema: z.ZodType, data: unknown): void {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(location, result.error.issues, data);
  const placeholders = findPlaceholderIssues(
    data,
    loadWetgeving().map((wet) => wet.id),
  );
  if (placeholders.length > 0) {
    throw new ContentError(
      location,
      placeholders.map(({ path, message, fix }) => issue(path, message, fix)),
      data,
    );
  }
}
