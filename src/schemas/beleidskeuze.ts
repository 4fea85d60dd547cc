import { z } from 'astro/zod';
import { slugSchema } from './common';

/** A policy choice an organisation has to make, an entry in content/course/beleidskeuzes.yaml. */
export const beleidskeuzeSchema = z.strictObject({
  id: slugSchema.describe('Short id, e.g. "gescheiden-dossiers"'),
  order: z.number().int().min(1).describe('Position in lists; Astro does not keep the file order'),
  text: z.string().min(20).max(200).describe('The choice as one instruction (B1), e.g. "Houd dossiers … gescheiden"'),
});

export type Beleidskeuze = z.infer<typeof beleidskeuzeSchema>;
