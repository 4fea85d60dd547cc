import { describe, expect, it } from 'vitest';
import { emblemPaths } from '../../../src/lib/common/pet-icons';
import { petIds, petLabel } from '../../../src/lib/common/pets';

describe('pet icons', () => {
  it('gives every pet, and the undecided one, its own emblem and a name to stand beside it', () => {
    const ids = [...petIds, 'onbepaald' as const];
    const emblems = ids.map((pet) => Object.values(emblemPaths[pet]).join('|'));
    expect(new Set(emblems).size).toBe(ids.length);
    expect(ids.map(petLabel)).toEqual(['Gemeentepet', 'Hulpverlenerspet', 'Coördinatiepet', 'Pet nog niet bepaald']);
  });

  it('keeps each emblem small, so inline icons cost little', () => {
    for (const emblem of Object.values(emblemPaths)) {
      expect(Object.values(emblem).join('').length).toBeLessThan(300);
    }
  });
});
