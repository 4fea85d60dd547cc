import { describe, expect, it } from 'vitest';
import { findReplacedDirectives } from '../../../src/lib/common/island-directives';

describe('the check for Astro directives the site replaces', () => {
  it("names file, line and the site's directive for each client:load and client:visible", () => {
    const sources = [
      { path: 'src/pages/a.astro', text: '---\n---\n<Tool client:load />\n<Quiz client:visible quiz={q} />' },
      { path: 'content/lessons/b.mdx', text: 'Tekst\n\n<Tool client:load/>' },
    ];
    expect(findReplacedDirectives(sources)).toEqual([
      'src/pages/a.astro:3 uses client:load; write client:load-yielding, which renders the island in a task of its own (src/directives/).',
      'src/pages/a.astro:4 uses client:visible; write client:visible-yielding, which renders the island in a task of its own (src/directives/).',
      'content/lessons/b.mdx:3 uses client:load; write client:load-yielding, which renders the island in a task of its own (src/directives/).',
    ]);
  });

  it("accepts the site's own directives and Astro's others", () => {
    const text =
      '<A client:load-yielding />\n<B client:visible-yielding />\n<C client:only="preact" />\n<D client:idle />';
    expect(findReplacedDirectives([{ path: 'src/pages/c.astro', text }])).toEqual([]);
  });
});
