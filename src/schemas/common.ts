import { z } from 'astro/zod';
import { petIds } from '../lib/pets';

/** A source an author relies on: a readable title and a web address. */
export const sourceSchema = z
  .strictObject({
    title: z.string().min(3).describe('Readable title of the source, e.g. "Jeugdwet, artikel 7.3.11"'),
    url: z.url().describe('Full web address of the source, starting with https://'),
  })
  .describe('A source with title and address');

/** One of the three pets. */
export const petSchema = z.enum(petIds).describe('gemeentepet, hulpverlenerspet or coordinatie');

/** An ISO date (yyyy-mm-dd), e.g. the date content was checked. YAML reads an unquoted date as a Date. */
export const isoDateSchema = z
  .preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), z.iso.date())
  .describe('A date written as yyyy-mm-dd, e.g. 2026-11-22');

/** A short id for use in URLs and storage keys: lowercase letters, digits and hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens only')
  .describe('Lowercase id with hyphens, e.g. "meldplicht-fraude"');
