import { z } from 'astro/zod';
import { petIds } from '../lib/common/pets';
import { isoDateSchema, slugSchema, sourceSchema } from './common';

const markdown = (what: string) => z.string().min(1).describe(`${what} (Markdown)`);

/** The four kinds of verdict an outcome gives, in the words its verdictText starts with. */
export const verdicts = ['mag', 'moet', 'mag-niet', 'hangt-af'] as const;
export type Verdict = (typeof verdicts)[number];

/** How a verdictText must start, per verdict (compared without case). */
export const verdictOpenings: Record<Verdict, string> = {
  mag: 'Mag,',
  moet: 'Moet',
  'mag-niet': 'Mag niet',
  'hangt-af': 'Hangt af van',
};

const answerSchema = z.strictObject({
  id: slugSchema.describe('Id of the answer, unique within its question; it appears in the route'),
  label: z.string().min(3).describe('The answer as the user reads it on the link'),
  explain: z.string().min(3).optional().describe('One line of example or explanation under the answer'),
  next: slugSchema.describe('Id of the question or outcome this answer leads to'),
});

/** One question of the Pettenkompas: one page, with 2 to 6 answers that link to the next page. */
export const kompasVraagSchema = z.strictObject({
  id: slugSchema.describe('Unique id across questions and outcomes; the page is /kompas/<id>/'),
  start: z.literal(true).optional().describe('true on exactly one question: the first page of the Pettenkompas'),
  title: z.string().min(5).describe('The question in plain Dutch, shown as the page heading'),
  intro: markdown('One to three short sentences under the question').optional(),
  terms: z.array(slugSchema).default([]).describe('Ids from content/begrippen.yaml, linked under the question'),
  answers: z.array(answerSchema).min(2).max(6).describe('The answers, each a link to the next page'),
});

/** One outcome of the Pettenkompas: the end of a route, with the pet, the verdict and what to do. */
export const kompasUitkomstSchema = z
  .strictObject({
    id: slugSchema.describe('Unique id across questions and outcomes; the page is /kompas/<id>/'),
    title: z.string().min(5).describe('The situation in one line, shown as the page heading'),
    pet: z
      .enum([...petIds, 'onbepaald'])
      .describe(
        'The pet that fits this situation: gemeentepet, hulpverlenerspet or coordinatie; onbepaald where the situation does not tell yet',
      ),
    verdict: z.enum(verdicts).describe('mag, moet, mag-niet or hangt-af'),
    verdictText: z
      .string()
      .min(10)
      .describe('The verdict in one line, starting with "Mag,", "Moet", "Mag niet" or "Hangt af van"'),
    share: markdown('What to share at most, and with whom'),
    tellInwoner: markdown('What to tell the inwoner'),
    record: markdown('What to record, in which dossier'),
    danger: z.boolean().describe('true when danger is possible: the page shows 112 and Veilig Thuis'),
    articles: z.array(z.string().min(3)).min(1).describe('The legal basis, e.g. "art. 7.3.11 Jeugdwet"'),
    wet: z.array(slugSchema).default([]).describe('Ids from content/course/wetgeving.yaml whose status the page shows'),
    sources: z.array(sourceSchema).min(1).describe('At least one official source'),
    checkedOn: isoDateSchema.describe('When the outcome was last checked against its sources, yyyy-mm-dd'),
    uncertain: z
      .array(z.string().min(10))
      .default([])
      .describe('What is not verified or unsettled; shown under "Nog niet zeker"'),
    lessons: z.array(slugSchema).min(1).describe('Lesson slugs (file names in content/lessons) that explain this'),
    scenarios: z.array(slugSchema).default([]).describe('Scenario ids (file names in content/scenarios)'),
    terms: z.array(slugSchema).default([]).describe('Ids from content/begrippen.yaml'),
  })
  .superRefine((outcome, context) => {
    if (outcome.verdictText.trim().includes('\n')) {
      context.addIssue({
        code: 'custom',
        path: ['verdictText'],
        message: 'the verdict must be one line; this text has more',
        params: { fix: 'write it as one sentence, with `>-` before a long line so YAML folds it into one.' },
      });
    }
    const opening = verdictOpenings[outcome.verdict];
    if (!outcome.verdictText.toLowerCase().startsWith(opening.toLowerCase())) {
      context.addIssue({
        code: 'custom',
        path: ['verdictText'],
        message: `the verdict is "${outcome.verdict}", so the line must start with "${opening}"`,
        params: { fix: `begin verdictText with "${opening} …", or change verdict to the one the line gives.` },
      });
    }
  });

export type KompasVraag = z.infer<typeof kompasVraagSchema>;
export type KompasAntwoord = KompasVraag['answers'][number];
export type KompasUitkomst = z.infer<typeof kompasUitkomstSchema>;
