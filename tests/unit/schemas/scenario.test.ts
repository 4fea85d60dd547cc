import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ContentError, parseContent } from '../../../src/schemas/friendly-errors';
import { type Scenario, scenarioSchema } from '../../../src/schemas/scenario';

const fixtures = new URL('../../fixtures/scenarios/', import.meta.url);
const contentFolder = new URL('../../../content/scenarios/', import.meta.url);

function errorFor(name: string): string {
  const file = `tests/fixtures/scenarios/${name}`;
  try {
    parseContent(scenarioSchema, parse(readFileSync(new URL(name, fixtures), 'utf8')), file);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

function loadContent(): [string, Scenario][] {
  return readdirSync(contentFolder).map((name) => [
    name,
    parseContent(scenarioSchema, parse(readFileSync(new URL(name, contentFolder), 'utf8')), name),
  ]);
}

describe('scenario validation', () => {
  it.each(readdirSync(fixtures).sort())('rejects the broken fixture %s, naming file, node and field', (name) => {
    expect(errorFor(name)).toMatchSnapshot();
  });
});

describe('the scenarios in content/scenarios', () => {
  const scenarios = loadContent();

  it('include the six cases the course needs', () => {
    expect(scenarios.map(([name]) => name.replace('.yaml', '')).sort()).toEqual(
      expect.arrayContaining([
        'casusoverleg-zvh',
        'coordinatie-zonder-wams',
        'huisbezoek-fraude',
        'praktijkvoorbeeld-jeugd',
        'school-belt',
        'veilig-thuis-vraagt',
      ]),
    );
  });

  it.each(scenarios)(
    '%s has at least six situations, a branch on an earlier choice and two kinds of ending',
    (_, s) => {
      expect(s.nodes.length).toBeGreaterThanOrEqual(6);
      const conditional = s.nodes.some(
        (node) => (node.passages?.length ?? 0) > 0 || node.choices.some((choice) => choice.when),
      );
      expect(conditional).toBe(true);
      expect(new Set(s.endings.map((ending) => ending.rating)).size).toBeGreaterThanOrEqual(2);
    },
  );

  it.each(scenarios)('%s calls the Wams a wetsvoorstel as introduced in 2023 wherever its text mentions it', (_, s) => {
    const texts = [
      ...s.nodes.flatMap((node) => [
        node.text,
        ...(node.passages ?? []).map((passage) => passage.text),
        ...node.choices.flatMap((choice) => [choice.label, choice.feedback]),
      ]),
      ...s.endings.map((ending) => ending.text),
      ...s.uncertain,
    ];
    for (const text of texts.filter((t) => /\bWams\b/.test(t))) {
      expect(text).toMatch(/wetsvoorstel|voorstel/);
      expect(text).toMatch(/2023/);
    }
  });

  it('have distinct orders', () => {
    const orders = scenarios.map(([, scenario]) => scenario.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});
