import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/lib/common/json';

describe('parseJson', () => {
  it.each([
    ['an object', '{"version":1,"data":{}}', { version: 1, data: {} }],
    ['a list', '[1,2]', [1, 2]],
    ['a string', '"hallo"', 'hallo'],
    ['null', 'null', null],
    ['false', 'false', false],
    ['zero', '0', 0],
  ])('reads %s', (_, text, value) => {
    expect(parseJson(text)).toEqual(value);
  });

  it.each([
    ['cut-off JSON', '{"version": 3, "data": '],
    ['plain text', 'oops'],
    ['an empty text', ''],
  ])('gives undefined for %s instead of throwing', (_, text) => {
    expect(parseJson(text)).toBeUndefined();
  });
});
