import { readFileSync } from 'node:fs';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkedFile, readEntryList } from '../../../src/lib/collections/checked-loaders';
import { begripSchema } from '../../../src/schemas/begrip';

const fixtures = 'tests/fixtures/course-broken';

/** Loads a list file the way the build does, with a store that records what the loader keeps. */
async function load(path: string, schema: z.ZodType = begripSchema): Promise<Map<string, unknown>> {
  const stored = new Map<string, unknown>();
  const context = {
    config: { root: new URL('../../../', import.meta.url) },
    store: { clear: () => stored.clear(), set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data) },
    parseData: async ({ data }: { data: unknown }) => data,
    logger: { info: () => {}, error: () => {} },
  } as unknown as LoaderContext;
  await checkedFile({ path, schema }).load(context);
  return stored;
}

describe('list files such as content/begrippen.yaml', () => {
  it('fail when two entries share an id, naming both entries, or when an entry has no id', () => {
    expect(() =>
      readEntryList(`${fixtures}/begrippen-dubbel.yaml`, readFileSync(`${fixtures}/begrippen-dubbel.yaml`, 'utf8')),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Content file tests/fixtures/course-broken/begrippen-dubbel.yaml has 2 problems:
        • [2].id: the id "meldrecht" is used twice: by [0] (line 1, "Meldrecht") and by [2] (line 7, "Meldrecht (Wmo)"); only one of them would be shown.
          Fix: give each entry its own id, or merge the two entries into one.
        • [3]: the entry on line 10 has no id.
          Fix: give it an \`id:\` of lowercase letters, digits and hyphens.]
    `);
  });

  it('fail when the YAML cannot be read, naming the line', () => {
    expect(() =>
      readEntryList('content/begrippen.yaml', '- id: a\n  term: A\n - id: b\n'),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Content file content/begrippen.yaml has 1 problem:
        • (the whole file): the YAML cannot be read at line 3: All sequence items must start at the same column.
          Fix: check the indentation and the quotes around that line; quote a text that contains a colon.]
    `);
  });

  it('fail when the file is not a list', () => {
    expect(() => readEntryList('content/begrippen.yaml', 'id: a\nterm: A\n')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Content file content/begrippen.yaml has 1 problem:
        • (the whole file): expected a list of entries.
          Fix: start every entry with \`- id: …\`.]
    `);
  });

  it('stop the build when the loader meets a duplicate id', async () => {
    await expect(load(`${fixtures}/begrippen-dubbel.yaml`)).rejects.toThrow(
      'the id "meldrecht" is used twice: by [0] (line 1, "Meldrecht") and by [2] (line 7, "Meldrecht (Wmo)")',
    );
  });

  it('name the entry and field of an entry that does not fit its schema', async () => {
    await expect(
      load(`${fixtures}/begrippen.yaml`, z.strictObject({ id: z.string(), term: z.number() })),
    ).rejects.toThrow('Content file tests/fixtures/course-broken/begrippen.yaml (entry "meldrecht") has 2 problems:');
  });

  it('keep every entry of the real glossary, each under its own id', async () => {
    const entries = readEntryList('content/begrippen.yaml', readFileSync('content/begrippen.yaml', 'utf8'));
    const stored = await load('content/begrippen.yaml');
    expect([...stored.keys()]).toEqual(entries.map((entry) => entry.id));
    expect(stored.size).toBeGreaterThan(40);
  });
});
