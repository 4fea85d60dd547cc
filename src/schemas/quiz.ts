import { z } from 'astro/zod';
import { slugSchema } from './common';

const markdown = (what: string) => z.string().min(1).describe(`${what} (Markdown)`);

/** An answer option of a Eén antwoord or Meerdere antwoorden question. */
const optionSchema = z.strictObject({
  id: slugSchema,
  label: z.string().min(1).describe('The option as the participant reads it'),
  correct: z.boolean().describe('Whether choosing this option is right'),
  feedback: markdown('Why this option is right or wrong, shown after Controleer'),
});

const questionBase = {
  id: slugSchema.describe('Unique id of the question within its quiz'),
  prompt: markdown('The question'),
  explanation: markdown('The overall explanation, shown after Controleer and in the no-JavaScript fallback'),
};

const singleChoice = z.strictObject({
  ...questionBase,
  type: z.literal('een-antwoord').describe('Single choice, including true/false'),
  options: z.array(optionSchema).min(2),
});

const multipleChoice = z.strictObject({
  ...questionBase,
  type: z.literal('meerdere-antwoorden').describe('Select all that apply'),
  options: z.array(optionSchema).min(2),
});

const classify = z.strictObject({
  ...questionBase,
  type: z.literal('indelen').describe('Place each item in one of the categories'),
  categories: z
    .array(z.strictObject({ id: slugSchema, label: z.string().min(1) }))
    .min(2)
    .describe('The buckets, e.g. the three pets'),
  items: z
    .array(
      z.strictObject({
        id: slugSchema,
        label: z.string().min(1),
        category: slugSchema.describe('The id of the category this item belongs in'),
        feedback: z.string().min(1).optional().describe('Why it belongs there'),
      }),
    )
    .min(2),
});

const order = z.strictObject({
  ...questionBase,
  type: z.literal('volgorde').describe('Put the steps in the right order'),
  steps: z
    .array(z.strictObject({ id: slugSchema, label: z.string().min(1) }))
    .min(3)
    .describe('The steps in the correct order; the participant sees them shuffled'),
});

const match = z.strictObject({
  ...questionBase,
  type: z.literal('koppelen').describe('Link each item to its partner from a second list'),
  pairs: z
    .array(
      z.strictObject({
        id: slugSchema,
        item: z.string().min(1).describe('Left side, e.g. a meldrecht'),
        partner: z.string().min(1).describe('Right side, e.g. its legal basis'),
        feedback: z.string().min(1).optional(),
      }),
    )
    .min(2),
  distractors: z.array(z.string().min(1)).default([]).describe('Extra right-side options that match nothing'),
});

/** One question; `type` decides which fields it has. */
export const questionSchema = z.discriminatedUnion('type', [singleChoice, multipleChoice, classify, order, match]);

/** A knowledge check: a titled list of questions with a pass mark. */
export const quizSchema = z
  .strictObject({
    title: z.string().min(1).describe('Shown above the quiz, e.g. "Kennischeck: de spagaat"'),
    passPercentage: z.number().int().min(1).max(100).describe('Score needed to pass, as a percentage of the maximum'),
    questions: z.array(questionSchema).min(1),
  })
  .superRefine(checkQuiz);

export type Quiz = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;

type Context = z.core.$RefinementCtx<z.infer<typeof quizSchema>>;

/** Cross-checks a single field cannot express; each names its path and the fix. */
function checkQuiz(quiz: z.infer<typeof quizSchema>, context: Context): void {
  const fail = (path: PropertyKey[], message: string, fix: string) =>
    context.addIssue({ code: 'custom', path, message, params: { fix } });

  reportDuplicates(
    quiz.questions.map((question) => question.id),
    (index, id) =>
      fail(['questions', index, 'id'], `the question id "${id}" is used twice`, 'give every question its own id.'),
  );

  quiz.questions.forEach((question, index) => {
    const at = (...path: PropertyKey[]) => ['questions', index, ...path];
    const [listName, parts] = partsOf(question);
    reportDuplicates(
      parts.map((part) => part.id),
      (partIndex, id) =>
        fail(
          at(listName, partIndex, 'id'),
          `the id "${id}" is used twice in this question`,
          'give every entry its own id.',
        ),
    );
    switch (question.type) {
      case 'een-antwoord': {
        const correct = question.options.filter((option) => option.correct).length;
        if (correct !== 1) {
          fail(
            at('options'),
            `a een-antwoord question needs exactly 1 correct option, found ${correct}`,
            'set `correct: true` on one option only.',
          );
        }
        break;
      }
      case 'meerdere-antwoorden':
        if (!question.options.some((option) => option.correct)) {
          fail(at('options'), 'no option is marked correct', 'set `correct: true` on at least one option.');
        }
        break;
      case 'indelen': {
        const categoryIds = new Set(question.categories.map((category) => category.id));
        question.items.forEach((item, itemIndex) => {
          if (!categoryIds.has(item.category)) {
            fail(
              at('items', itemIndex, 'category'),
              `the item names category "${item.category}", which does not exist`,
              `use one of the category ids: ${[...categoryIds].join(', ')}.`,
            );
          }
        });
        break;
      }
      case 'koppelen': {
        reportDuplicates(
          question.pairs.map((pair) => pair.partner),
          (pairIndex, partner) =>
            fail(
              at('pairs', pairIndex, 'partner'),
              `the partner "${partner}" is used twice`,
              'give every item its own partner.',
            ),
        );
        break;
      }
      case 'volgorde':
        break;
    }
  });
}

function partsOf(question: Question): [string, { id: string }[]] {
  switch (question.type) {
    case 'een-antwoord':
    case 'meerdere-antwoorden':
      return ['options', question.options];
    case 'indelen':
      return ['items', question.items];
    case 'volgorde':
      return ['steps', question.steps];
    case 'koppelen':
      return ['pairs', question.pairs];
  }
}

function reportDuplicates(values: string[], report: (index: number, value: string) => void): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) report(index, value);
    seen.add(value);
  });
}
