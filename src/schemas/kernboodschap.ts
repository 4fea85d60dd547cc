import { z } from 'astro/zod';
import { slugSchema } from './common';
import { audiences } from './lesson';

/** Where a key message comes from: the webinar itself, or this course's own reading of the sources. */
export const kernboodschapBases = ['webinar', 'cursus'] as const;

/** One key message of the course, an entry in content/course/kernboodschappen.yaml. */
export const kernboodschapSchema = z.strictObject({
  id: slugSchema.describe('Short id, e.g. "petten-regels"'),
  order: z.number().int().min(1).describe('Position in lists and tables; Astro does not keep the file order'),
  title: z.string().min(5).max(80).describe('The message in a few words, shown as a heading'),
  text: z.string().min(20).max(400).describe('The message explained in one to three sentences (B1)'),
  audience: z.array(z.enum(audiences)).min(1).describe('Who the message is mainly for: professional and/or beleid'),
  basis: z
    .enum(kernboodschapBases)
    .describe('webinar (a key message of the webinar) or cursus (a conclusion this course draws)'),
});

export type Kernboodschap = z.infer<typeof kernboodschapSchema>;
