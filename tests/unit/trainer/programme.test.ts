import { describe, expect, it } from 'vitest';
import { formatOffset, formatTimer, schedule } from '../../../src/lib/trainer/programme';

describe('the webinar programme', () => {
  it('gives each part a start and end minute, one after the other', () => {
    expect(schedule([{ minutes: 5 }, { minutes: 10 }, { minutes: 15 }])).toEqual([
      { minutes: 5, startMinute: 0, endMinute: 5 },
      { minutes: 10, startMinute: 5, endMinute: 15 },
      { minutes: 15, startMinute: 15, endMinute: 30 },
    ]);
  });

  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [75, '1:15'],
    [-3, '0:00'],
  ])('writes %d minutes as %s', (minutes, text) => {
    expect(formatOffset(minutes)).toBe(text);
  });

  it.each([
    [0, '0:00'],
    [59.9, '0:59'],
    [754, '12:34'],
    [3725, '1:02:05'],
    [-1, '0:00'],
  ])('shows a timer of %d seconds as %s', (seconds, text) => {
    expect(formatTimer(seconds)).toBe(text);
  });
});
