import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../src/lib/progress/data-export';
import { parseImportFile } from '../../../src/lib/progress/data-import';

const now = new Date('2026-11-22T10:00:00Z');
const stellingen = { version: 1, data: { voormeting: { s1: { position: 'eens' } }, nameting: {} } };

describe('buildExport', () => {
  it('wraps every readable stored envelope and leaves corrupt values out', () => {
    const file = buildExport({ stellingen: JSON.stringify(stellingen), kapot: '{nope' }, now);
    expect(file).toEqual({
      format: 'pettenwijzer-export',
      formatVersion: 1,
      exportedAt: now.toISOString(),
      sections: { stellingen },
    });
  });

  it('writes a file that the import reads back as it was', () => {
    const file = buildExport({ stellingen: JSON.stringify(stellingen) }, now);
    expect(parseImportFile(JSON.stringify(file, null, 2))).toEqual({ ok: true, file });
  });
});
