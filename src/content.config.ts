// Every content collection is wired here to its schema in src/schemas/.
// Collections are loaded with checkedGlob or checkedFile so a broken file names its field and fix.
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { checkedFile, checkedGlob } from './lib/collections/checked-loaders';
import { begripSchema } from './schemas/begrip';
import { beleidskeuzeSchema } from './schemas/beleidskeuze';
import { draaiboekPartSchema } from './schemas/draaiboek';
import { kernboodschapSchema } from './schemas/kernboodschap';
import { kompasUitkomstSchema, kompasVraagSchema } from './schemas/kompas';
import { lessonSchema } from './schemas/lesson';
import { meldrechtSchema } from './schemas/meldrecht';
import { quizSchema } from './schemas/quiz';
import { scenarioSchema } from './schemas/scenario';
import { spagaatRijSchema } from './schemas/spagaat';
import { stellingSchema } from './schemas/stelling';
import { taakSchema } from './schemas/taak';
import { wetgevingSchema } from './schemas/wetgeving';
import { scanThemeSchema } from './schemas/zelfscan';
import { zevenWVraagSchema } from './schemas/zeven-w';

/** One entry per file in a content folder, e.g. content/quizzes/*.yaml. */
function fromFolder<Schema extends z.ZodType>(folder: string, schema: Schema, pattern = '*.yaml') {
  return defineCollection({ loader: checkedGlob({ pattern, base: `./content/${folder}`, schema }), schema });
}

/** One entry per list item in a single YAML file, each with an id. */
function fromFile<Schema extends z.ZodType>(path: string, schema: Schema) {
  return defineCollection({ loader: checkedFile({ path: `content/${path}`, schema }), schema });
}

export const collections = {
  quizzes: fromFolder('quizzes', quizSchema),
  stellingen: fromFolder('stellingen', stellingSchema),
  lessons: fromFolder('lessons', lessonSchema, '*.mdx'),
  scenarios: fromFolder('scenarios', scenarioSchema),
  begrippen: fromFile('begrippen.yaml', begripSchema),
  // Structured course data, shared by lessons, the workshop tools and the trainer material.
  meldrechten: fromFile('course/meldrechten.yaml', meldrechtSchema),
  kernboodschappen: fromFile('course/kernboodschappen.yaml', kernboodschapSchema),
  draaiboek: fromFile('course/draaiboek.yaml', draaiboekPartSchema),
  zevenW: fromFile('course/zeven-w.yaml', zevenWVraagSchema),
  zelfscan: fromFile('course/zelfscan.yaml', scanThemeSchema),
  taken: fromFile('course/taken.yaml', taakSchema),
  spagaat: fromFile('course/spagaat.yaml', spagaatRijSchema),
  beleidskeuzes: fromFile('course/beleidskeuzes.yaml', beleidskeuzeSchema),
  // Laws and bills with their status; content refers to them with <WetStatus wet="…" /> or {wet:…}.
  wetgeving: fromFile('course/wetgeving.yaml', wetgevingSchema),
  // The Pettenkompas: each entry is a page /kompas/<id>/; the graph across both files is checked in
  // src/lib/collections/kompas.ts.
  kompasVragen: fromFile('kompas/vragen.yaml', kompasVraagSchema),
  kompasUitkomsten: fromFile('kompas/uitkomsten.yaml', kompasUitkomstSchema),
};
