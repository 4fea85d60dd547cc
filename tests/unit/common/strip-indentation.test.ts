import { describe, expect, it } from 'vitest';
import { stripIndentation } from '../../../src/lib/common/strip-indentation';

describe('stripIndentation', () => {
  it('removes the indentation of every line and keeps the line breaks between words and links', () => {
    const html = '<main>\n    <p>Lees\n      <a href="/x/">de les</a>\n\t\tverder.</p>\n  </main>';
    expect(stripIndentation(html)).toBe('<main>\n<p>Lees\n<a href="/x/">de les</a>\nverder.</p>\n</main>');
  });

  it('keeps preformatted text, text fields, scripts and styles as written', () => {
    const kept = [
      '<pre>  twee\n    vier</pre>',
      '<textarea name="a">\n  ingesprongen\n</textarea>',
      '<script>const s = `\n  regel`;</script>',
      '<STYLE>\n  p { color: red; }\n</STYLE>',
    ];
    for (const block of kept) expect(stripIndentation(`  <div>\n  ${block}\n  </div>`)).toBe(`<div>\n${block}\n</div>`);
  });

  it('leaves a page without indentation unchanged', () => {
    const html = '<!DOCTYPE html>\n<html lang="nl"><body><p>Tekst</p></body></html>\n';
    expect(stripIndentation(html)).toBe(html);
  });
});
