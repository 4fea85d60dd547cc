import { z } from 'astro/zod';
import { slugSchema } from './common';

/** One part of the webinar programme in content/course/draaiboek.yaml. */
export const draaiboekPartSchema = z.strictObject({
  id: slugSchema.describe('Short id of the part, e.g. "spagaat"'),
  order: z.number().int().min(1).describe('Place in the programme, starting at 1; unique'),
  title: z.string().min(3).describe('Name of the part as the programme shows it, e.g. "De spagaat"'),
  minutes: z.number().int().min(1).max(120).describe('Suggested length in whole minutes'),
  goal: z.string().min(10).describe('What participants take away from this part, in one or two sentences'),
  show: z
    .array(z.string().min(3))
    .min(1)
    .describe('What the trainer shows: slides or site pages, e.g. "Dia: de spagaat" or "/stellingen/"'),
  interaction: z.string().min(10).describe('How the room takes part: chat, poll, breakout rooms, discussion'),
  notes: z.string().min(10).describe('Speaker note for the trainer, shown in the notes view on the part’s slide'),
});

export type DraaiboekPart = z.infer<typeof draaiboekPartSchema>;
