// Every content collection is wired here to its schema in src/schemas/.
// Collections are loaded with checkedGlob or checkedFile so a broken file names its field and fix.
import { defineCollection } from 'astro:content';
import { checkedGlob } from './schemas/checked-loaders';
import { quizSchema } from './schemas/quiz';
import { stellingSchema } from './schemas/stelling';

const quizzes = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/quizzes', schema: quizSchema }),
  schema: quizSchema,
});

const stellingen = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/stellingen', schema: stellingSchema }),
  schema: stellingSchema,
});

export const collections = { quizzes, stellingen };
