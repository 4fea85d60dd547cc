import { describe, expect, test } from 'vitest';
import { pickEntries } from '../../src/lib/pick-entries';

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
    expect(pickEntries(entries, ids, '<Test>').map((entry) => entry.id)).toEqual(expected);
  });

  test('names the component, the unknown id and the closest known ids', () => {
    expect(() => pickEntries(entries, ['veilig-thuiss'], '<MeldrechtenTabel> on page /x/')).toThrow(
      /Unknown id "veilig-thuiss" in <MeldrechtenTabel> on page \/x\/\.\n {4}Fix: use an existing id \(did you mean veilig-thuis/,
    );
  });
});
