import { z } from 'astro/zod';
import { slugSchema } from './common';

const cell = (pet: string) => z.string().min(1).max(160).describe(`What holds for this aspect under the ${pet}`);

/** One row of the spagaat table: an aspect and what holds per pet, an entry in content/course/spagaat.yaml. */
export const spagaatRijSchema = z.strictObject({
  id: slugSchema.describe('Short id of the aspect, e.g. "beroepsgeheim"'),
  order: z.number().int().min(1).describe('Position in the table; Astro does not keep the file order'),
  aspect: z.string().min(3).max(60).describe('The row heading, e.g. "Wettelijk beroepsgeheim"'),
  gemeentepet: cell('gemeentepet (toeleiding)'),
  hulpverlenerspet: cell('hulpverlenerspet (hulpverlening)'),
  coordinatie: cell('coördinatiepet (coördinatie, as the Wams proposes it)'),
});

export type SpagaatRij = z.infer<typeof spagaatRijSchema>;
