import { z } from 'astro/zod';
import { isoDateSchema, petSchema, slugSchema, sourceSchema } from './common';

/** Who a lesson is written for. */
export const audiences = ['professional', 'beleid'] as const;

/** The frontmatter of a lesson in content/lessons/NN-slug.mdx. */
export const lessonSchema = z.strictObject({
  title: z.string().min(3).describe('Lesson title, e.g. "De spagaat"'),
  summary: z.string().min(20).max(300).describe('One or two sentences about the lesson, shown in the lesson list'),
  order: z.number().int().min(1).describe('Position in the learning path; unique'),
  minutes: z.number().int().min(1).max(120).describe('Estimated minutes to finish the lesson'),
  audience: z
    .array(z.enum(audiences))
    .min(1)
    .describe('professional (wijkteam and consulenten) and/or beleid (managers, policy staff, lawyers)'),
  pets: z.array(petSchema).min(1).describe('The pets the lesson is about, shown as icons on its card'),
  goals: z.array(z.string().min(10)).min(2).describe('Learning goals, each starting with a verb'),
  sources: z.array(sourceSchema).min(1),
  checkedOn: isoDateSchema.describe('When the content was last checked against the sources'),
  openQuestions: z
    .array(z.string().min(10))
    .default([])
    .describe('Legal points the sources leave uncertain; shown in a "Nog niet zeker" box'),
  quiz: slugSchema.describe('Id of the knowledge check at the end: a file in content/quizzes/'),
});

export type Lesson = z.infer<typeof lessonSchema>;
