import { describe, expect, it } from 'vitest';
import { findScormApi, isPackagePath, scormTimespan, type WindowLike } from '../../../src/lib/lms/scorm-api';

const api = { LMSInitialize: () => 'true', LMSSetValue: () => 'true' };

function chain(depth: number, withApi: WindowLike): WindowLike {
  let current: WindowLike = withApi;
  for (let level = 0; level < depth; level++) current = { parent: current };
  return current;
}

describe('finding the SCORM 1.2 API', () => {
  it('finds it in a parent several frames up', () => {
    const top: WindowLike = { API: api };
    top.parent = top;
    expect(findScormApi(chain(3, top))).toBe(api);
  });

  it('finds it through the opener when the package runs in a pop-up', () => {
    const lms: WindowLike = { API: api };
    const popup: WindowLike = { opener: { parent: lms } };
    popup.parent = popup;
    expect(findScormApi(popup)).toBe(api);
  });

  it('skips a cross-origin parent that throws, and objects that are not the API', () => {
    const foreign = {} as WindowLike;
    Object.defineProperty(foreign, 'API', {
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(findScormApi({ API: { LMSInitialize: 'nee' }, parent: foreign })).toBeUndefined();
  });

  it('finds nothing when the package is opened on its own', () => {
    const alone: WindowLike = {};
    alone.parent = alone;
    expect(findScormApi(alone)).toBeUndefined();
  });
});

describe('SCORM 1.2 values', () => {
  it.each([
    [0, '0000:00:00.00'],
    [61_500, '0000:01:01.50'],
    [3_723_040, '0001:02:03.04'],
  ])('%i ms is the CMITimespan %s', (milliseconds, timespan) => {
    expect(scormTimespan(milliseconds)).toBe(timespan);
  });

  it.each([
    ['kennischecks/les-01/index.html', true],
    ['index.html', true],
    ['../../etc/index.html', false],
    ['javascript:alert(1)', false],
    ['https://example.org/index.html', false],
  ])('accepts %s as a lesson_location: %s', (location, accepted) => {
    expect(isPackagePath(location)).toBe(accepted);
  });
});
