import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKompasFolder } from './load-kompas';

const fixtures = 'tests/fixtures/kompas';
const broken = readdirSync(fixtures)
  .filter((name) => name !== 'geldig')
  .sort();

async function errorFor(name: string): Promise<string> {
  try {
    await loadKompasFolder(`${fixtures}/${name}`);
  } catch (error) {
    if (error instanceof Error) return error.message;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('kompas validation', () => {
  it('accepts the valid fixture', async () => {
    const { questions, outcomes } = await loadKompasFolder(`${fixtures}/geldig`);
    expect(questions.map((question) => question.id)).toEqual(['begin', 'wie-vraagt']);
    expect(outcomes).toHaveLength(2);
  });

  it.each(broken)('rejects the broken fixture %s, naming file, node and field', async (name) => {
    expect(await errorFor(name)).toMatchSnapshot();
  });
});
