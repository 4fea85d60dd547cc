import { z } from 'astro/zod';
import { petSchema, slugSchema } from './common';

/** One of the three tasks in the social domain, an entry in content/course/taken.yaml. */
export const taakSchema = z.strictObject({
  id: slugSchema.describe('toeleiding, hulpverlening or coordinatie'),
  order: z.number().int().min(1).describe('Position in lists and tables; Astro does not keep the file order'),
  title: z.string().min(3).max(40).describe('The task, e.g. "Toeleiding"'),
  pet: petSchema.describe('The pet that goes with the task'),
  summary: z
    .string()
    .min(20)
    .max(240)
    .describe('What the task is and who is responsible, in one or two sentences (B1)'),
});

export type Taak = z.infer<typeof taakSchema>;
