import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonProse, meanSentenceLength, sentences, wordCount } from '../../../src/lib/common/readability';

describe('lesson prose', () => {
  it.each([
    ['drops the frontmatter', '---\ntitle: Les\n---\nEen zin.', ['Een zin.']],
    ['drops headings and tables', '## Kop\n\n| a | b |\n| --- | --- |\nTekst.', ['Tekst.']],
    [
      'keeps the text inside an MDX tag',
      'Bij <Begrip term="x">toeleiding</Begrip> geldt dit.',
      ['Bij toeleiding geldt dit.'],
    ],
    ['drops self-closing components and wrappers', '<div class="a">\n<Quiz id="q" />\n</div>\nKlaar.', ['Klaar.']],
    [
      'drops list markers, emphasis and link addresses',
      '- **Stap 1:** lees [de wet](https://x.nl).',
      ['Stap 1: lees de wet.'],
    ],
  ])('%s', (_name, mdx, expected) => {
    expect(lessonProse(mdx)).toEqual(expected);
  });
});

describe('sentences and words', () => {
  it.each([
    ['splits at full stops before a capital', 'Een zin. Nog een zin!', 2],
    ['does not split after art. or nr.', 'Zie art. 7.3.11 en nr. 8 van de wet.', 1],
    ['does not split inside a number', 'Artikel 5.2.6 Wmo 2015 geldt.', 1],
    ['counts a paragraph without a full stop as one sentence', 'Stap 1 beoordelen', 1],
  ])('%s', (_name, paragraph, count) => {
    expect(sentences(paragraph)).toHaveLength(count);
  });

  it('counts words, not punctuation', () => {
    expect(wordCount('Het college van B&W – namens 7.3.11.')).toBe(6);
  });

  it('averages words over the sentences of all paragraphs', () => {
    expect(meanSentenceLength('Een twee drie. Vier vijf.\n\n- zes zeven acht negen')).toEqual({
      words: 9,
      sentences: 3,
      mean: 3,
    });
  });
});

describe('every lesson', () => {
  const folder = 'content/lessons';
  const lessons = readdirSync(folder).filter((name) => name.endsWith('.mdx'));

  it.each(lessons)('%s has a mean sentence length of at most 15 words', (name) => {
    const { mean, words, sentences: count } = meanSentenceLength(readFileSync(`${folder}/${name}`, 'utf8'));
    expect(count, `${name} has no prose`).toBeGreaterThan(0);
    expect(mean, `${name}: ${words} words in ${count} sentences`).toBeLessThanOrEqual(15);
  });
});
