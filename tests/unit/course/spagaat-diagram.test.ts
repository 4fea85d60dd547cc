import { describe, expect, it } from 'vitest';
import { spagaatFrames } from '../../../src/lib/course/spagaat-diagram';
import type { SpagaatRij } from '../../../src/schemas/spagaat';

const row = (id: string, order: number): SpagaatRij => ({
  id,
  order,
  aspect: `Aspect ${id}`,
  gemeentepet: `${id} onder de gemeentepet`,
  hulpverlenerspet: `${id} onder de hulpverlenerspet`,
  coordinatie: `${id} onder de coördinatiepet`,
});

describe('spagaatFrames', () => {
  it('puts the gemeentepet left and the hulpverlenerspet right of the professional, each with its task', () => {
    const frames = spagaatFrames([row('delen', 1)]);
    expect(frames.map(({ pet, label, task }) => [pet, label, task])).toEqual([
      ['gemeentepet', 'Gemeentepet', 'toeleiding'],
      ['hulpverlenerspet', 'Hulpverlenerspet', 'hulpverlening'],
    ]);
  });

  it('lists the aspects in table order, whatever the order of the file', () => {
    const frames = spagaatFrames([row('delen', 3), row('namens', 1), row('beroepsgeheim', 2)]);
    expect(frames[0]?.lines.map((line) => line.id)).toEqual(['namens', 'beroepsgeheim', 'delen']);
  });

  it("gives each frame its own pet's text and leaves the coördinatie column to the table", () => {
    const [gemeente, hulp] = spagaatFrames([row('delen', 1)]);
    expect(gemeente?.lines[0]).toEqual({ id: 'delen', aspect: 'Aspect delen', text: 'delen onder de gemeentepet' });
    expect(hulp?.lines[0]?.text).toBe('delen onder de hulpverlenerspet');
    expect(JSON.stringify([gemeente, hulp])).not.toContain('coördinatiepet');
  });
});
