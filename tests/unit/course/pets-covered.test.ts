import { describe, expect, it } from 'vitest';
import { scenarioPets } from '../../../src/lib/course/pets-covered';

describe('scenarioPets', () => {
  it('collects the pets of the endings and the choices once each, in the usual order', () => {
    const scenario = {
      nodes: [{ choices: [{ pet: 'coordinatie' as const }, {}] }, { choices: [{ pet: 'gemeentepet' as const }] }],
      endings: [{ pet: 'gemeentepet' as const }, { pet: 'gemeentepet' as const }],
    };
    expect(scenarioPets(scenario)).toEqual(['gemeentepet', 'coordinatie']);
  });
});
