import { describe, expect, it } from 'vitest';
import { formatDutchDate, formatOffset, formatTimer, plural, shortAddress } from '../../../src/lib/common/format';

describe('formatting', () => {
  it.each([
    [0, '0 deelnemers'],
    [1, '1 deelnemer'],
    [2, '2 deelnemers'],
  ])('writes a count of %d with its noun: %s', (count, text) => {
    expect(plural(count, 'deelnemer', 'deelnemers')).toBe(text);
  });

  it.each([
    ['2026-11-22', '22 november 2026'],
    ['2026-01-01', '1 januari 2026'],
  ])('writes %s as a Dutch date: %s', (iso, text) => {
    expect(formatDutchDate(iso)).toBe(text);
  });

  it.each([
    ['https://pettenwijzer.nl', 'pettenwijzer.nl'],
    ['https://pettenwijzer.nl/', 'pettenwijzer.nl'],
    ['http://localhost:4321/stellingen/', 'localhost:4321/stellingen'],
  ])('writes the address %s as people type it: %s', (address, text) => {
    expect(shortAddress(address)).toBe(text);
    expect(shortAddress(new URL(address))).toBe(text);
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
