import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ContentError, parseContent } from '../../../src/schemas/friendly-errors';
import { quizSchema } from '../../../src/schemas/quiz';

const fixtures = new URL('../../fixtures/quizzes/', import.meta.url);

function errorFor(name: string): string {
  const file = `tests/fixtures/quizzes/${name}`;
  try {
    parseContent(quizSchema, parse(readFileSync(new URL(name, fixtures), 'utf8')), file);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('quiz validation', () => {
  it.each(readdirSync(fixtures).sort())(
    'rejects the broken fixture %s with a message naming question and field',
    (name) => {
      expect(errorFor(name)).toMatchSnapshot();
    },
  );

  it('accepts every quiz in content/quizzes', () => {
    const folder = new URL('../../../content/quizzes/', import.meta.url);
    for (const name of readdirSync(folder)) {
      const data = parse(readFileSync(new URL(name, folder), 'utf8'));
      expect(() => parseContent(quizSchema, data, name)).not.toThrow();
    }
  });
});
