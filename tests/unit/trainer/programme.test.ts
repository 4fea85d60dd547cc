import { describe, expect, it } from 'vitest';
import { schedule } from '../../../src/lib/trainer/programme';

describe('the webinar programme', () => {
  it('gives each part a start and end minute, one after the other', () => {
    expect(schedule([{ minutes: 5 }, { minutes: 10 }, { minutes: 15 }])).toEqual([
      { minutes: 5, startMinute: 0, endMinute: 5 },
      { minutes: 10, startMinute: 5, endMinute: 15 },
      { minutes: 15, startMinute: 15, endMinute: 30 },
    ]);
  });
});
