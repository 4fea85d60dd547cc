import { z } from 'astro/zod';
import { checkScenarioGraph } from '../lib/scenario/graph';
import { ratings } from '../lib/scenario/ratings';
import { petSchema, slugSchema, sourceSchema } from './common';

const markdown = (what: string) => z.string().min(1).describe(`${what} (Markdown)`);

/** One condition or a list of them that must all hold; a single string is read as a list of one. */
const conditionsSchema = z
  .preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(z.string().min(1)).min(1))
  .describe('Conditions such as "zonder-grondslag >= 1" or "score < 2"; all must hold');

const choiceSchema = z.strictObject({
  label: z.string().min(1).describe('The button text: what the participant does'),
  to: slugSchema.describe('Id of the node or ending this choice leads to'),
  feedback: markdown('Shown right after choosing: what this choice means and why'),
  pet: petSchema.optional().describe('The pet this choice reflects, shown in the route report'),
  effects: z
    .record(z.string(), z.number().int())
    .optional()
    .describe('Numbers added to variables or to score, e.g. { score: 1, zonder-grondslag: 1 }'),
  when: conditionsSchema.optional().describe('Only offered when these conditions hold'),
});

const nodeSchema = z.strictObject({
  id: slugSchema.describe('Unique id of the situation within the scenario'),
  title: z.string().min(3).max(80).describe('Short name of the situation, used in the route report and the map'),
  speaker: z.string().min(1).optional().describe('Who speaks in this situation, e.g. "Leerkracht"'),
  text: markdown('The situation as the participant reads it'),
  passages: z
    .array(z.strictObject({ when: conditionsSchema, text: markdown('Extra text shown only when the conditions hold') }))
    .optional()
    .describe('Text that depends on what the participant did earlier'),
  choices: z
    .array(choiceSchema)
    .min(1)
    .describe('What the participant can do; on every route at least one must be offered'),
});

const endingSchema = z.strictObject({
  id: slugSchema.describe('Unique id of the ending; not shared with a node'),
  title: z.string().min(3).describe('Short name of the outcome'),
  rating: z.enum(ratings).describe('goed, kan-beter or riskant'),
  text: markdown('What happened and why it was right, could be better or was risky'),
  pet: petSchema.describe('The pet the participant should have worn in this case'),
  articles: z.array(z.string().min(3)).default([]).describe('Law articles involved, e.g. "art. 7.3.11 Jeugdwet"'),
  sources: z.array(sourceSchema).min(1),
});

/** A branching case story: situations (nodes) with choices, leading to rated endings. */
export const scenarioSchema = z
  .strictObject({
    title: z.string().min(3).describe('Title of the case'),
    summary: z.string().min(20).max(300).describe('One or two sentences, shown in the scenario list'),
    role: z.string().min(3).describe('Who the participant is in this case, e.g. "consulent Wmo"'),
    order: z.number().int().min(1).describe('Position in the list of scenarios'),
    start: slugSchema.describe('Id of the first node'),
    variables: z
      .array(
        z.strictObject({
          id: slugSchema.describe('Name used in effects and conditions'),
          label: z.string().min(3).describe('What the variable counts, e.g. "Deelde zonder grondslag"'),
        }),
      )
      .default([])
      .describe('Named counters that start at 0; score is built in'),
    nodes: z.array(nodeSchema).min(1),
    endings: z.array(endingSchema).min(1),
    uncertain: z
      .array(z.string().min(10))
      .default([])
      .describe('Legal points in this case that the sources leave unsettled; shown under "Nog niet zeker"'),
  })
  .superRefine((scenario, context) => {
    for (const issue of checkScenarioGraph(scenario)) {
      context.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { fix: issue.fix } });
    }
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNode = Scenario['nodes'][number];
export type ScenarioEnding = Scenario['endings'][number];
