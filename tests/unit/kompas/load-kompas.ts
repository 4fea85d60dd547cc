// Loads a pair of kompas files the way the build does: each file through the checked list loader and its schema,
// then the graph checks across both, with the ids of the real lessons, scenarios, glossary and wetgeving.yaml.
import { readdirSync, readFileSync } from 'node:fs';
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { checkedFile } from '../../../src/lib/collections/checked-loaders';
import { assertNoKompasIssues, checkKompas, type KnownIds } from '../../../src/lib/kompas/graph';
import {
  type KompasUitkomst,
  type KompasVraag,
  kompasUitkomstSchema,
  kompasVraagSchema,
} from '../../../src/schemas/kompas';

const root = new URL('../../../', import.meta.url);

async function loadList<Schema extends z.ZodType>(path: string, schema: Schema): Promise<z.output<Schema>[]> {
  const stored: z.output<Schema>[] = [];
  const context = {
    config: { root },
    store: { clear: () => stored.splice(0), set: ({ data }: { data: z.output<Schema> }) => stored.push(data) },
    parseData: async ({ data }: { data: unknown }) => schema.parse(data),
    logger: { info: () => {}, error: () => {} },
  } as unknown as LoaderContext;
  await checkedFile({ path, schema }).load(context);
  return stored;
}

/** The ids the kompas may link to, read from the real content. */
export function knownIds(): KnownIds {
  const names = (folder: string, extension: string) =>
    readdirSync(new URL(folder, root))
      .filter((name) => name.endsWith(extension))
      .map((name) => name.slice(0, -extension.length));
  const ids = (file: string) =>
    (parse(readFileSync(new URL(file, root), 'utf8')) as { id: string }[]).map((entry) => entry.id);
  return {
    lessons: names('content/lessons/', '.mdx'),
    scenarios: names('content/scenarios/', '.yaml'),
    terms: ids('content/begrippen.yaml'),
    wet: ids('content/course/wetgeving.yaml'),
  };
}

/** The questions and outcomes in `folder` (e.g. "content/kompas"), checked like the build checks them. */
export async function loadKompasFolder(
  folder: string,
): Promise<{ questions: KompasVraag[]; outcomes: KompasUitkomst[] }> {
  const files = { vragen: `${folder}/vragen.yaml`, uitkomsten: `${folder}/uitkomsten.yaml` };
  const questions = await loadList(files.vragen, kompasVraagSchema);
  const outcomes = await loadList(files.uitkomsten, kompasUitkomstSchema);
  assertNoKompasIssues(checkKompas({ questions, outcomes }, knownIds(), files));
  return { questions, outcomes };
}
