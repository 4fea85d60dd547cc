import { describe, expect, it } from 'vitest';
import { moveItem } from '../../../src/lib/common/move-item';

describe('moving a step in an order question', () => {
  it.each([
    [['a', 'b', 'c'], 'b', -1, ['b', 'a', 'c']],
    [['a', 'b', 'c'], 'b', 1, ['a', 'c', 'b']],
    [['a', 'b', 'c'], 'a', -1, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 'c', 1, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 'x', 1, ['a', 'b', 'c']],
  ] as const)('moves %j item %s by %i to %j', (list, item, by, expected) => {
    expect(moveItem(list, item, by)).toEqual(expected);
  });

  it('moves from where the item is now, so two quick moves both count', () => {
    const once = moveItem(['a', 'b', 'c'], 'c', -1);
    expect(moveItem(once, 'c', -1)).toEqual(['c', 'a', 'b']);
  });
});
