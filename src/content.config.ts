// Every content collection is wired here to its schema in src/schemas/.
// Collections are loaded with checkedGlob or checkedFile so a broken file names its field and fix.
import { defineCollection } from 'astro:content';
import { begripSchema } from './schemas/begrip';
import { checkedFile, checkedGlob } from './schemas/checked-loaders';
import { draaiboekPartSchema } from './schemas/draaiboek';
import { kernboodschapSchema } from './schemas/kernboodschap';
import { lessonSchema } from './schemas/lesson';
import { meldrechtSchema } from './schemas/meldrecht';
import { quizSchema } from './schemas/quiz';
import { scenarioSchema } from './schemas/scenario';
import { stellingSchema } from './schemas/stelling';
import { scanThemeSchema } from './schemas/zelfscan';
import { zevenWVraagSchema } from './schemas/zeven-w';

const quizzes = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/quizzes', schema: quizSchema }),
  schema: quizSchema,
});

const stellingen = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/stellingen', schema: stellingSchema }),
  schema: stellingSchema,
});

const lessons = defineCollection({
  loader: checkedGlob({ pattern: '*.mdx', base: './content/lessons', schema: lessonSchema }),
  schema: lessonSchema,
});

const scenarios = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/scenarios', schema: scenarioSchema }),
  schema: scenarioSchema,
});

const begrippen = defineCollection({
  loader: checkedFile({ path: 'content/begrippen.yaml', schema: begripSchema }),
  schema: begripSchema,
});

// Structured course data, shared by lessons and the trainer material.
const meldrechten = defineCollection({
  loader: checkedFile({ path: 'content/course/meldrechten.yaml', schema: meldrechtSchema }),
  schema: meldrechtSchema,
});

const kernboodschappen = defineCollection({
  loader: checkedFile({ path: 'content/course/kernboodschappen.yaml', schema: kernboodschapSchema }),
  schema: kernboodschapSchema,
});

const draaiboek = defineCollection({
  loader: checkedFile({ path: 'content/course/draaiboek.yaml', schema: draaiboekPartSchema }),
  schema: draaiboekPartSchema,
});

const zevenW = defineCollection({
  loader: checkedFile({ path: 'content/course/zeven-w.yaml', schema: zevenWVraagSchema }),
  schema: zevenWVraagSchema,
});

const zelfscan = defineCollection({
  loader: checkedFile({ path: 'content/course/zelfscan.yaml', schema: scanThemeSchema }),
  schema: scanThemeSchema,
});

export const collections = {
  quizzes,
  stellingen,
  lessons,
  scenarios,
  begrippen,
  meldrechten,
  kernboodschappen,
  draaiboek,
  zevenW,
  zelfscan,
};
