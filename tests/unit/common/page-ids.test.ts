import { describe, expect, it } from 'vitest';
import { idOnPage } from '../../../src/lib/common/page-ids';

describe('idOnPage', () => {
  it('numbers the second and later uses of one id on a page, and starts again on the next page', () => {
    const page = {};
    expect(idOnPage(page, 'begrip-doelbinding')).toBe('begrip-doelbinding');
    expect(idOnPage(page, 'begrip-grondslag')).toBe('begrip-grondslag');
    expect(idOnPage(page, 'begrip-doelbinding')).toBe('begrip-doelbinding--2');
    expect(idOnPage(page, 'begrip-doelbinding')).toBe('begrip-doelbinding--3');
    expect(idOnPage({}, 'begrip-doelbinding')).toBe('begrip-doelbinding');
  });
});
