// Checks the real content/kompas files: they pass the build's checks, and every outcome can be walked to.
import { describe, expect, it } from 'vitest';
import { petIds } from '../../../src/lib/common/pets';
import { routesTo } from '../../../src/lib/kompas/route';
import { loadKompasFolder } from './load-kompas';

const { questions, outcomes } = await loadKompasFolder('content/kompas');

describe('the Pettenkompas in content/kompas', () => {
  it('has the breadth the contract asks: at least 20 questions and 30 outcomes', () => {
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(outcomes.length).toBeGreaterThanOrEqual(30);
  });

  it('covers all three pets, and leaves the pet open only where the situation does not tell it', () => {
    expect(new Set(outcomes.map((outcome) => outcome.pet))).toEqual(new Set([...petIds, 'onbepaald']));
    expect(outcomes.filter((outcome) => outcome.pet === 'onbepaald').map((outcome) => outcome.id)).toEqual([
      'pet-onduidelijk',
      'overleg-doel-onduidelijk',
    ]);
  });

  it.each(outcomes.map((outcome) => [outcome.id]))(
    '%s is reached in at most 8 answers, so its route stays short',
    (id) => {
      const routes = routesTo(questions, id, 50);
      expect(Math.max(...routes.map((route) => route.length))).toBeLessThanOrEqual(8);
    },
  );

  it('calls the Wams a wetsvoorstel wherever an outcome mentions it', () => {
    for (const outcome of outcomes) {
      const texts = [outcome.verdictText, outcome.share, outcome.tellInwoner, outcome.record, ...outcome.uncertain];
      for (const text of texts.filter((t) => /\bWams\b/.test(t))) {
        expect(text, outcome.id).toMatch(/wetsvoorstel|voorstel/);
      }
    }
  });
});
