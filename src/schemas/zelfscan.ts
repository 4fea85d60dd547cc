import { z } from 'astro/zod';
import { slugSchema } from './common';

/** One question of the zelfscan, answered ja / deels / nee / weet niet. */
export const scanQuestionSchema = z.strictObject({
  id: slugSchema.describe('Short id, also the key under which the answer is stored; never rename it'),
  kind: z
    .enum(['analyse', 'beleidskeuze'])
    .describe('"analyse" for the analysis questions of the webinar, "beleidskeuze" for the policy choices behind them'),
  text: z.string().min(10).describe('The question in plain Dutch (B1), ending with "?"'),
  help: z.string().min(20).describe('One or two sentences on why this question matters'),
  desired: z
    .enum(['ja', 'nee'])
    .describe('The answer that means "this is in order": usually "ja", "nee" for questions about a problem'),
  weight: z.number().int().min(1).max(3).describe('How heavily a gap here counts when gaps are ranked: 1, 2 or 3'),
  findOut: z.string().min(20).describe('How to find out, shown when the answer is "weet niet"'),
  nextSteps: z
    .array(z.string().min(20))
    .min(2)
    .max(5)
    .describe('Concrete next steps when this is a gap, drawn from the beleidskeuzes in the material'),
});

/** One theme of the zelfscan with its questions, in content/course/zelfscan.yaml. */
export const scanThemeSchema = z
  .strictObject({
    id: slugSchema.describe('Short id of the theme, e.g. "juridisch-kader"'),
    order: z.number().int().min(1).describe('Place of the theme in the scan and the report'),
    title: z.string().min(3).describe('Theme title as shown in the scan and the profile'),
    intro: z.string().min(20).describe('One sentence on what this theme is about'),
    questions: z.array(scanQuestionSchema).min(1).describe('The questions of this theme, in order'),
  })
  .superRefine((theme, context) => {
    const seen = new Set<string>();
    theme.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `question id "${question.id}" is used twice in this theme; give every question its own id`,
        });
      }
      seen.add(question.id);
    });
  });
