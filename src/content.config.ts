// Every content collection is wired here to its schema in src/schemas/.
// Collections are loaded with checkedGlob so a broken file names its field and fix.
import { defineCollection } from 'astro:content';
import { checkedGlob } from './schemas/checked-loaders';
import { quizSchema } from './schemas/quiz';

const quizzes = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/quizzes', schema: quizSchema }),
  schema: quizSchema,
});

export const collections = { quizzes };
