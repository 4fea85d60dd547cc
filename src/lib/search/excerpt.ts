/** Lower case without accents, one character for one, so "Coördinatie" and "coordinatie" meet. */
export function foldForSearch(text: string): string {
  let folded = '';
  for (const character of text) {
    const base = character.normalize('NFD').charAt(0).toLowerCase();
    folded += base.length === 1 ? base : character;
  }
  return folded;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

// A word's letters and digits, so "grondslag," and "(AVG)" compare as "grondslag" and "avg".
function wordCore(word: string): string {
  return foldForSearch(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A short piece of `content` around the first word that matches one of the (folded) `terms`, as HTML:
 * every word escaped, matching words in <mark>, and … where text was left out. Pagefind's excerpts look alike.
 */
export function searchExcerpt(content: string, terms: readonly string[], length = 24): string {
  const words = content.split(/\s+/).filter(Boolean);
  const wanted = new Set(terms.map(foldForSearch));
  const matches = (word: string) => wanted.has(wordCore(word));
  const first = Math.max(0, words.findIndex(matches));
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), words.length - length));
  const shown = words.slice(start, start + length).map((word) => {
    const escaped = escapeHtml(word);
    return matches(word) ? `<mark>${escaped}</mark>` : escaped;
  });
  return `${start > 0 ? '… ' : ''}${shown.join(' ')}${start + length < words.length ? ' …' : ''}`;
}
