import { describe, expect, it } from 'vitest';
import { seededShuffle } from '../../../src/lib/common/seeded-shuffle';

describe('seededShuffle', () => {
  const steps = ['wat', 'doel', 'partijen', 'taken', 'werkproces', 'risicos', 'maatregelen'];

  it('gives the same order for the same seed, so server and browser agree', () => {
    expect(seededShuffle(steps, 'zevenw')).toEqual(seededShuffle(steps, 'zevenw'));
  });

  it('keeps every item exactly once', () => {
    expect([...seededShuffle(steps, 'x')].sort()).toEqual([...steps].sort());
  });

  it.each(['a', 'b', 'c', 'volgorde-meldcode', 'zevenw'])('never returns the original order (seed %s)', (seed) => {
    expect(seededShuffle(['een', 'twee'], seed)).toEqual(['twee', 'een']);
    expect(seededShuffle(steps, seed)).not.toEqual(steps);
  });
});
