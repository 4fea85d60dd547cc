import { z } from 'astro/zod';
import { positions } from '../lib/stellingen/score';
import { sourceSchema } from './common';

/** One of the webinar's statements, with the course's reasoned position. */
export const stellingSchema = z.strictObject({
  order: z.number().int().min(1).describe('Position in the list and in the answer code; unique, starting at 1'),
  statement: z.string().min(10).describe('The statement exactly as the webinar puts it (it is shown as a quote)'),
  position: z.enum(positions).describe('The course position: eens, oneens or het hangt ervan af'),
  verdict: z.string().min(10).max(200).describe('The position in one line, e.g. "Te algemeen: …"'),
  explanation: z.string().min(50).describe('The reasoning (Markdown), in plain Dutch'),
  pets: z
    .strictObject({
      gemeentepet: z.string().min(10).describe('What the statement means with the gemeentepet on'),
      hulpverlenerspet: z.string().min(10).describe('What it means with the hulpverlenerspet on'),
      coordinatie: z.string().min(10).optional().describe('What it means for coördinatie, where relevant'),
    })
    .describe('How the answer differs per pet'),
  articles: z.array(z.string().min(3)).min(1).describe('Law articles involved, e.g. "art. 162 Sv"'),
  sources: z.array(sourceSchema).min(1),
  uncertain: z
    .array(z.string().min(10))
    .default([])
    .describe('Points where the law or the sources are unsettled; shown under "Nog niet zeker"'),
  trainerNote: z.string().min(10).describe('Speaker note for the trainer presenting this stelling'),
});

export type Stelling = z.infer<typeof stellingSchema>;
