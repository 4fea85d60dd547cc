// Readability of lesson prose: the mean number of words per sentence. Pure: callers pass the MDX source.

/** Abbreviations whose full stop does not end a sentence (compared in lower case, without the final dot). */
const abbreviations = new Set([
  'art',
  'nr',
  'nrs',
  'bijv',
  'o.a',
  'e.a',
  'enz',
  'stb',
  'jo',
  'vgl',
  'zgn',
  'd.w.z',
  'i.p.v',
  'm.b.t',
  'etc',
  'stas',
  'mr',
  'dr',
]);

/**
 * The prose of an MDX lesson as plain paragraphs: without frontmatter, imports, tables, headings, HTML and MDX
 * tags (the text inside a tag stays), list markers, emphasis and link addresses. Every paragraph, list item
 * and line of a block ends a sentence, even without a full stop.
 */
export function lessonProse(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n?/, '');
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('|') && !line.startsWith('#') && !/^(import|export)\s/.test(line))
    .map((line) =>
      line
        .replace(/<[^>]*\/>/g, ' ')
        .replace(/<\/?[A-Za-z][^>]*>/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/^(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
}

/** Splits one paragraph into sentences at . ! ? (and : before a capital), not after a known abbreviation. */
export function sentences(paragraph: string): string[] {
  const result: string[] = [];
  let current = '';
  const tokens = paragraph.split(/\s+/).filter(Boolean);
  tokens.forEach((token, index) => {
    current = current ? `${current} ${token}` : token;
    const bare = token.replace(/[)"'”’]+$/, '');
    const ends = /[.!?]$/.test(bare) && !abbreviations.has(bare.slice(0, -1).toLowerCase().replace(/^\(/, ''));
    const next = tokens[index + 1];
    if (ends && (next === undefined || /^[\p{Lu}\p{N}"'“‘(]/u.test(next))) {
      result.push(current);
      current = '';
    }
  });
  if (current) result.push(current);
  return result;
}

/** The number of words in a sentence: runs of letters or digits, so "7.3.11" and "B&W" count once. */
export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Words per sentence over all prose of a lesson, with the counts behind it. */
export function meanSentenceLength(mdx: string): { words: number; sentences: number; mean: number } {
  const all = lessonProse(mdx).flatMap(sentences);
  const words = all.reduce((sum, sentence) => sum + wordCount(sentence), 0);
  return { words, sentences: all.length, mean: all.length === 0 ? 0 : words / all.length };
}
