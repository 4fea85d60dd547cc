import { describe, expect, it } from 'vitest';
import { petsNamedIn, scenarioPets } from '../../../src/lib/course/pets-covered';

describe('scenarioPets', () => {
  it('collects the pets of the endings and the choices once each, in the usual order', () => {
    const scenario = {
      nodes: [{ choices: [{ pet: 'coordinatie' as const }, {}] }, { choices: [{ pet: 'gemeentepet' as const }] }],
      endings: [{ pet: 'gemeentepet' as const }, { pet: 'gemeentepet' as const }],
    };
    expect(scenarioPets(scenario)).toEqual(['gemeentepet', 'coordinatie']);
  });
});

describe('petsNamedIn', () => {
  it.each([
    ['Met de gemeentepet werk je namens het college.', ['gemeentepet']],
    ['Toeleiding en hulpverlening zijn twee taken.', ['gemeentepet', 'hulpverlenerspet']],
    ['De Coördinatiepet is een voorstel.', ['coordinatie']],
    ['Wie coördinatie doet, stemt af.', ['coordinatie']],
    ['Een hulpverleningstraject en een gemeentepetje', []],
    ['Over gegevens delen.', []],
  ])('finds the pets named in "%s"', (text, expected) => {
    expect(petsNamedIn(text)).toEqual(expected);
  });
});
