import { z } from 'astro/zod';
import { slugSchema } from './common';

/** One glossary term in content/begrippen.yaml. */
export const begripSchema = z.strictObject({
  id: slugSchema.describe('The id authors use in <Begrip term="…">, e.g. "doelbinding"'),
  term: z.string().min(2).describe('The term as it is written, e.g. "Doelbinding"'),
  definition: z.string().min(20).describe('A short definition in plain Dutch (B1)'),
  article: z.string().optional().describe('The law article, where there is one, e.g. "art. 5 lid 1 sub b AVG"'),
  uncertain: z.string().optional().describe('What is not certain about this term, if anything'),
});

export type Begrip = z.infer<typeof begripSchema>;
