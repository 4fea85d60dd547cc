import { z } from 'astro/zod';
import { isoDateSchema, slugSchema, sourceSchema } from './common';

/** Where a law or bill stands. The status sentence is composed from this (src/lib/wetgeving/status.ts). */
export const wetStatuses = ['wetsvoorstel', 'aangenomen', 'in-werking', 'deels-in-werking', 'ingetrokken'] as const;

export type WetStatusValue = (typeof wetStatuses)[number];

/** One law, decree or bill the course depends on, an entry in content/course/wetgeving.yaml. */
export const wetSchema = z.strictObject({
  id: slugSchema.describe('Short id that content uses in <WetStatus wet="…" /> and {wet:…}, e.g. "wams"'),
  order: z.number().int().min(1).describe('Position in lists; Astro does not keep the file order'),
  name: z.string().min(5).describe('The full name, e.g. "Wet gegevensverwerking door samenwerkingsverbanden"'),
  shortName: z.string().min(2).describe('The name the course uses in sentences, e.g. "WGS"'),
  article: z
    .enum(['de', 'het'])
    .default('de')
    .describe('The Dutch article before the short name: "de" (de Wams) or "het" (het Besluit)'),
  reference: z
    .string()
    .min(5)
    .describe(
      'Where it is published: a Kamerstuk for a bill ("Kamerstuk 36 295"), a Staatsblad for a law ("Stb. 2024, 198")',
    ),
  status: z
    .enum(wetStatuses)
    .describe('wetsvoorstel, aangenomen (not yet in force), in-werking, deels-in-werking or ingetrokken'),
  since: isoDateSchema.describe(
    'Since when the status holds: the date a bill was filed, or the date a law took effect',
  ),
  statusAsOf: isoDateSchema.describe(
    'The date of the newest source that shows this status (the peildatum); for a bill, its last known step',
  ),
  stage: z
    .string()
    .min(10)
    .optional()
    .describe('One or two B1 sentences on the last known step or what the law covers, shown after the status'),
  laterUnknown: z
    .boolean()
    .default(false)
    .describe('true when nothing newer than statusAsOf was found: the sentence then says so and points to the dossier'),
  dossier: sourceSchema
    .optional()
    .describe(
      'Where a reader checks the current status, e.g. the Tweede Kamer dossier; required when laterUnknown is true',
    ),
  officialCopyChecked: z
    .boolean()
    .describe('true when the status was read in an official copy (overheid.nl, tweedekamer.nl, rijksoverheid.nl)'),
  checkNote: z.string().min(10).describe('What was and was not checked, in one or two sentences'),
  checkedOn: isoDateSchema.describe(
    'When someone last looked for news on this law; older than 6 months gives a build warning',
  ),
  owner: z.string().min(3).describe('Who re-checks the status (a role or a name)'),
  recheckBy: isoDateSchema.describe('When the status must be checked again at the latest'),
  sources: z.array(sourceSchema).min(1).describe('Official sources for the status, newest first'),
  openQuestions: z
    .array(z.string().min(10))
    .default([])
    .describe(
      'What is not certain about the status or content; printed as "Nog niet zeker" wherever the status is printed',
    ),
});

export const wetgevingSchema = wetSchema.superRefine((wet, context) => {
  if (wet.laterUnknown && !wet.dossier) {
    context.addIssue({
      code: 'custom',
      path: ['dossier'],
      message: 'expected a dossier when laterUnknown is true',
      params: { fix: 'add dossier: { title, url } pointing at the official dossier, e.g. on tweedekamer.nl.' },
    });
  }
});

export type Wet = z.infer<typeof wetSchema>;
