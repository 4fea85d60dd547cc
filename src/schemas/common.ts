import { z } from 'astro/zod';
import { petIds } from '../lib/common/pets';

/** What a source without a public web address says instead of a `url`. */
export const noPublicAddress = 'geen openbare vindplaats';

/**
 * A source's web address: absolute, http or https, with a host name. `new URL()` alone accepts
 * `htp:/wetten.overheid.nl` (an unknown scheme) and repairs `https:/x.nl`, so the text itself is checked too.
 */
export const sourceUrlSchema = z
  .string()
  .superRefine((url, context) => {
    const problem = sourceUrlProblem(url);
    if (problem) {
      context.addIssue({
        code: 'custom',
        message: `${quoted(url)} is not a full web address: ${problem}`,
        params: {
          fix: `write the address as it is in the browser's address bar, e.g. https://wetten.overheid.nl/…; if the source has no public address, remove url and write \`note: ${noPublicAddress}\`.`,
        },
      });
    }
  })
  .describe('Full web address of the source, starting with https:// (or http://) and a host name');

/** A value as the friendly errors quote it: in quotes, cut at 60 characters. */
function quoted(text: string): string {
  return text.length > 58 ? `${JSON.stringify(text.slice(0, 56)).slice(0, -1)}…"` : JSON.stringify(text);
}

/** Why a text is not an absolute http(s) address with a host name, or undefined when it is one. */
export function sourceUrlProblem(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (scheme === undefined) return 'it does not start with https://';
  if (!/^https?$/i.test(scheme)) return `it starts with "${scheme}:" instead of https://`;
  if (!/^https?:\/\/[^/]/i.test(url)) return `it needs two slashes and a host name after "${scheme}:"`;
  if (/\s/.test(url)) return 'it contains a space';
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return 'it cannot be read as an address';
  }
  if (!host.includes('.')) return `the host name "${host}" has no dot, e.g. wetten.overheid.nl`;
  return undefined;
}

/**
 * A source an author relies on: a readable title and a web address, or, for a source that is not published
 * (e.g. the webinar slides), `note: geen openbare vindplaats` instead of the address.
 */
export const sourceSchema = z
  .strictObject({
    title: z.string().min(3).describe('Readable title of the source, e.g. "Jeugdwet, artikel 7.3.11"'),
    url: sourceUrlSchema.optional(),
    note: z
      .literal(noPublicAddress)
      .optional()
      .describe(`Write "${noPublicAddress}" instead of url for a source without a public web address`),
  })
  .superRefine((source, context) => {
    if (source.url === undefined && source.note === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'the source has no web address',
        params: {
          fix: `add \`url: https://…\`; if the source has no public address, write \`note: ${noPublicAddress}\` instead.`,
        },
      });
    } else if (source.url !== undefined && source.note !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['note'],
        message: `the source has a url and says "${noPublicAddress}"`,
        params: { fix: 'keep the url and remove the note, or remove the url if the address is not public.' },
      });
    }
  })
  .describe(`A source with title and address (url), or title and \`note: ${noPublicAddress}\``);

export type Source = z.infer<typeof sourceSchema>;

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
