import { z } from 'astro/zod';
import { slugSchema } from './common';

/** Whether a rule lets you share (recht), makes you share (plicht), or both depending on the situation. */
export const meldrechtKinds = ['recht', 'plicht', 'recht-en-plicht'] as const;

/** Dutch labels for the kinds, as shown in the reference table. */
export const meldrechtKindLabels = {
  recht: 'Recht',
  plicht: 'Plicht',
  'recht-en-plicht': 'Recht en plicht',
} as const satisfies Record<(typeof meldrechtKinds)[number], string>;

/** One legal right or duty to report or share, an entry in content/course/meldrechten.yaml. */
export const meldrechtSchema = z.strictObject({
  id: slugSchema.describe('Short id, used by lessons and the trainer handout to pick rows, e.g. "veilig-thuis"'),
  order: z.number().int().min(1).describe('Position in lists and tables; Astro does not keep the file order'),
  topic: z.string().min(5).describe('What it is about, as the participant reads it, e.g. "Melden bij Veilig Thuis"'),
  kind: z
    .enum(meldrechtKinds)
    .describe('recht (you may), plicht (you must) or recht-en-plicht (depends on the situation)'),
  who: z.string().min(5).describe('Who the right or duty applies to, e.g. "Iedere professional met beroepsgeheim"'),
  regulation: z
    .string()
    .min(3)
    .describe('The law or rule, e.g. "Wmo 2015"; "geen wetsartikel" for conflict van plichten'),
  article: z.string().min(1).describe('The article, e.g. "art. 5.2.6"; "–" when there is none'),
  note: z.string().min(10).describe('One or two sentences in plain Dutch: what it means in practice'),
  uncertain: z
    .string()
    .min(10)
    .optional()
    .describe('What the sources leave uncertain, e.g. an article number that was not read back'),
});

export type Meldrecht = z.infer<typeof meldrechtSchema>;
