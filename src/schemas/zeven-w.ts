import { z } from 'astro/zod';
import { slugSchema } from './common';

/** One of the seven W-questions of the 7×W canvas for an overlegtafel, in content/course/zeven-w.yaml. */
export const zevenWVraagSchema = z.strictObject({
  id: slugSchema.describe('Short id, also the key under which answers are stored, e.g. "doel"; never rename it'),
  order: z.number().int().min(1).max(7).describe('Place on the canvas, 1 to 7'),
  question: z.string().min(5).describe('The question as the canvas shows it, e.g. "Welk doel?"'),
  guidance: z.string().min(20).describe('Short help in plain Dutch (B1): what to think about when answering'),
  example: z
    .string()
    .min(20)
    .describe(
      'A worked answer for the example overlegtafel (a casusoverleg in the toeleiding), drawn from the lessons',
    ),
  placeholder: z.string().min(5).describe('A hint shown in the empty answer field, e.g. "Bijvoorbeeld: …"'),
});

export type ZevenWVraag = z.infer<typeof zevenWVraagSchema>;
