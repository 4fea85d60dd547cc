import { describe, expect, it } from 'vitest';
import type { VersionedFormat } from '../../../src/lib/common/stored-data';
import { decodeStored, encodeStored } from '../../../src/lib/common/stored-data';

interface Answers {
  answers: Record<string, string>;
}

const format: VersionedFormat<Answers> = {
  version: 3,
  initial: { answers: {} },
  validate: (data) =>
    data !== null && typeof data === 'object' && 'answers' in data && typeof data.answers === 'object'
      ? (data as Answers)
      : undefined,
  migrations: {
    1: (data) => ({ list: data }),
    2: (data) => ({ answers: Object.fromEntries((data as { list: [string, string][] }).list) }),
  },
};

describe('decodeStored', () => {
  it('reads back what encodeStored wrote', () => {
    const data = { answers: { s1: 'eens' } };
    expect(decodeStored(format, encodeStored(format, data))).toEqual({ status: 'ok', data, storedVersion: 3 });
  });

  it('migrates data from the oldest version step by step', () => {
    const raw = JSON.stringify({ version: 1, data: [['s1', 'oneens']] });
    expect(decodeStored(format, raw)).toEqual({
      status: 'migrated',
      data: { answers: { s1: 'oneens' } },
      storedVersion: 1,
    });
  });

  it.each([
    ['corrupt JSON', '{"version": 3, "data": ', 'corrupt'],
    ['a bare string', '"hallo"', 'foreign'],
    ['an envelope without data', '{"version": 3}', 'foreign'],
    ['a version that is not a whole number', '{"version": "3", "data": {}}', 'foreign'],
    ['a version below 1', '{"version": 0, "data": {}}', 'foreign'],
    ['a list instead of an envelope', '[3, {}]', 'foreign'],
    ['data of the wrong shape', '{"version": 3, "data": {"answers": 5}}', 'foreign'],
    ['a migration that throws', '{"version": 2, "data": 12}', 'corrupt'],
  ])('falls back to the initial value for %s', (_case, raw, status) => {
    expect(decodeStored(format, raw)).toMatchObject({ status, data: { answers: {} } });
  });

  it('reports data from a newer version of the site without using it', () => {
    const raw = JSON.stringify({ version: 9, data: { answers: { s1: 'eens' } } });
    expect(decodeStored(format, raw)).toEqual({ status: 'future', data: { answers: {} }, storedVersion: 9 });
  });

  it('reports a version far beyond any safe integer as newer, not as foreign', () => {
    expect(decodeStored(format, '{"version": 1e300, "data": {}}')).toMatchObject({
      status: 'future',
      storedVersion: 1e300,
    });
  });

  it('treats an old version with no migration path as corrupt', () => {
    const noMigrations = { ...format, migrations: {} };
    expect(decodeStored(noMigrations, JSON.stringify({ version: 2, data: {} })).status).toBe('corrupt');
  });
});
