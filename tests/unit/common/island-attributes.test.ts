import { describe, expect, it } from 'vitest';
import { singleQuoteIslandAttributes } from '../../../src/lib/common/island-attributes';

/** The value the browser reads from an attribute, decoding the entities Astro writes. */
function attributeValue(html: string, name: string): string | undefined {
  const match = html.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`));
  const raw = match?.[1] ?? match?.[2];
  return raw
    ?.replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

const island =
  '<astro-island uid="Z1" component-url="/_astro/Quiz.js" props="{&quot;title&quot;:[0,&quot;Wat &amp; waarom: &#39;pet&#39; &lt;b&gt;&quot;]}" ssr client="load-yielding" opts="{&quot;name&quot;:&quot;Quiz&quot;,&quot;value&quot;:true}" await-children><p class="x" title="&quot;blijft&quot;">Tekst</p></astro-island>';

describe("single quotes around the islands' JSON attributes", () => {
  it('writes props and opts in single quotes with the same value, and nothing else', () => {
    const written = singleQuoteIslandAttributes(island);
    expect(written).toBe(
      `<astro-island uid="Z1" component-url="/_astro/Quiz.js" props='{"title":[0,"Wat &amp; waarom: &#39;pet&#39; &lt;b&gt;"]}' ssr client="load-yielding" opts='{"name":"Quiz","value":true}' await-children><p class="x" title="&quot;blijft&quot;">Tekst</p></astro-island>`,
    );
    for (const name of ['props', 'opts', 'uid', 'client']) {
      expect(attributeValue(written, name)).toBe(attributeValue(island, name));
    }
    expect(JSON.parse(attributeValue(written, 'props') ?? '')).toEqual({ title: [0, "Wat & waarom: 'pet' <b>"] });
  });

  it('leaves a page without islands as it is', () => {
    const page = '<div props="{&quot;a&quot;:1}" data-x="&quot;">tekst</div>';
    expect(singleQuoteIslandAttributes(page)).toBe(page);
  });
});
