import { describe, expect, test } from 'vitest';
import { pickEntries } from '../../../src/lib/collections/pick-entries';

const entries = [{ id: 'veilig-thuis' }, { id: 'ots' }, { id: 'verwijsindex' }];

describe('pickEntries', () => {
  test.each([
    ['returns every entry when no ids are given', undefined, ['veilig-thuis', 'ots', 'verwijsindex']],
    [
      'returns the named entries in the order asked',
      ['verwijsindex', 'veilig-thuis'],
      ['verwijsindex', 'veilig-thuis'],
    ],
    ['returns nothing for an empty list', [], []],
  ])('%s', (_, ids, expected) => {
    expect(pickEntries(entries, ids, { component: 'Test', page: '/x/' }).map((entry) => entry.id)).toEqual(expected);
  });

  test('names the component, the unknown id and the closest known ids', () => {
    expect(() => pickEntries(entries, ['veilig-thuiss'], { component: 'MeldrechtenTabel', page: '/x/' })).toThrow(
      /behind page \/x\/[\s\S]*<MeldrechtenTabel ids>[\s\S]*there is no "veilig-thuiss" among the 3 known ids[\s\S]*did you mean "veilig-thuis"/,
    );
  });
});
