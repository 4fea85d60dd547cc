import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ContentError, formatPath, parseContent } from '../../../src/schemas/friendly-errors';

const exampleSchema = z.strictObject({
  id: z.string().min(2),
  position: z.enum(['eens', 'oneens', 'het hangt ervan af']),
  sources: z.array(z.strictObject({ title: z.string(), url: z.url() })).min(1),
  minutes: z.number().int(),
});

function messageFor(data: unknown): string {
  try {
    parseContent(exampleSchema, data, 'content/stellingen/01-fraude.yaml');
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected the content to be rejected');
}

describe('friendly content errors', () => {
  it('names the file, each field, what was expected, what was received and the fix', () => {
    const message = messageFor({
      id: 'x',
      position: 'misschien',
      sources: [{ title: 'AVG', url: 'avg' }],
      extra: true,
    });
    expect(message).toMatchInlineSnapshot(`
      "Content file content/stellingen/01-fraude.yaml has 5 problems:
        • id: expected a text of at least 2 characters; received "x".
          Fix: make it longer.
        • position: expected one of "eens", "oneens", "het hangt ervan af"; received "misschien".
          Fix: use one of the allowed values: "eens", "oneens", "het hangt ervan af".
        • sources[0].url: expected a full web address; received "avg".
          Fix: write a URL that starts with https://.
        • minutes: expected a number; received nothing (the field is missing).
          Fix: add this field with a number.
        • (the whole file): unknown field "extra".
          Fix: check the spelling against the authoring guide, or remove the field."
    `);
  });

  it('says how to fix a value of the wrong type', () => {
    const message = messageFor({ id: 'ab', position: 'eens', sources: [], minutes: 'tien' });
    expect(message).toContain('minutes: expected a number; received "tien".\n    Fix: change it to a number.');
    expect(message).toContain('sources: expected a list of at least 1 item; received a list of 0 items.');
  });

  it('passes the fix of a cross-check refinement through', () => {
    const schema = z.object({ options: z.array(z.object({ correct: z.boolean() })) }).superRefine((value, context) => {
      if (!value.options.some((option) => option.correct)) {
        context.addIssue({
          code: 'custom',
          path: ['options'],
          message: 'no option is marked correct',
          params: { fix: 'set `correct: true` on the right option.' },
        });
      }
    });
    expect(() => parseContent(schema, { options: [{ correct: false }] }, 'q.yaml')).toThrow(
      'Content file q.yaml has 1 problem:\n  • options: no option is marked correct.\n    Fix: set `correct: true` on the right option.',
    );
  });

  it('returns the parsed data when the content fits', () => {
    const data = {
      id: 'ab',
      position: 'eens',
      sources: [{ title: 'AVG', url: 'https://eur-lex.europa.eu' }],
      minutes: 5,
    };
    expect(parseContent(exampleSchema, data, 'ok.yaml')).toEqual(data);
  });

  it.each([
    [[], '(the whole file)'],
    [['title'], 'title'],
    [['questions', 2, 'options', 0, 'label'], 'questions[2].options[0].label'],
  ])('formats the path %j as %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
