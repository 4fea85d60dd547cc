import { describe, expect, it } from 'vitest';
import { lmsConfigFrom } from '../../../src/lib/lms/config';
import { cmi5CourseStructure, type PackageDescription, scormManifest } from '../../../src/lib/lms/manifests';

const course = (completion: 'course' | 'lesson'): PackageDescription => ({
  title: 'Pettenwijzer',
  description: 'Welke pet heb je op?',
  publicAddress: 'https://pettenwijzer.nl/',
  completion,
  lessons: [
    { slug: 'twee', title: 'De spagaat', order: 2 },
    { slug: 'een', title: 'Petten & taken', order: 1 },
  ],
  files: ['index.html', 'lms.html'],
});

describe('imsmanifest.xml (SCORM 1.2)', () => {
  it('describes the course as one SCO launched at lms.html, with every file listed', () => {
    const xml = scormManifest(course('course'));
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml.match(/adlcp:scormtype="sco"/g)).toHaveLength(1);
    expect(xml).toContain('adlcp:scormtype="sco" href="lms.html"');
    expect(xml).toContain('<file href="index.html"/>');
  });

  it('makes one SCO per lesson, in order, each told its lesson', () => {
    const xml = scormManifest(course('lesson'));
    expect(xml.match(/adlcp:scormtype="sco"/g)).toHaveLength(2);
    expect(xml.indexOf('Les 1: Petten &amp; taken')).toBeLessThan(xml.indexOf('Les 2: De spagaat'));
    expect(xml).toContain('href="lms.html?les=een"');
    expect(xml).toContain('<adlcp:datafromlms>les=een</adlcp:datafromlms>');
  });
});

describe('cmi5.xml', () => {
  it.each([
    ['course', ['https://pettenwijzer.nl/cmi5/cursus'], ['lms.html']],
    [
      'lesson',
      ['https://pettenwijzer.nl/cmi5/les-een', 'https://pettenwijzer.nl/cmi5/les-twee'],
      ['lms.html?les=een', 'lms.html?les=twee'],
    ],
  ] as const)('per %s: AUs %j', (completion, ids, urls) => {
    const xml = cmi5CourseStructure(course(completion));
    expect([...xml.matchAll(/<au id="([^"]+)" moveOn="CompletedAndPassed"/g)].map((match) => match[1])).toEqual(ids);
    expect([...xml.matchAll(/<url>([^<]+)<\/url>/g)].map((match) => match[1])).toEqual(urls);
  });
});

describe('the organisation’s choice', () => {
  it('takes the completion unit from the environment and refuses unknown values', () => {
    expect(lmsConfigFrom({ PETTENWIJZER_LMS_COMPLETION: 'lesson' }).completion).toBe('lesson');
    expect(lmsConfigFrom({}).completion).toBe('course');
    expect(() => lmsConfigFrom({ PETTENWIJZER_LMS_COMPLETION: 'module' })).toThrow('use "course" or "lesson"');
  });
});
