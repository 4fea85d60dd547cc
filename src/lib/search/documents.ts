import { isListOf, isRecord } from '../common/guards';
import { parseJson } from '../common/json';

/** One searchable text: a page part or a glossary term, as Pagefind indexed it. */
export interface SearchDocument {
  url: string;
  title: string;
  soort?: string;
  content: string;
}

// Pagefind starts every decompressed fragment with this signature, before the JSON.
const fragmentSignature = 'pagefind_dcd';

/**
 * Reads one decompressed Pagefind fragment (`pagefind/fragment/*.pf_fragment`) into a search document,
 * so the simple search sees exactly the texts that Pagefind indexed.
 */
export function readPagefindFragment(text: string, source: string): SearchDocument {
  const json = text.startsWith(fragmentSignature) ? text.slice(fragmentSignature.length) : text;
  const data = parseJson(json);
  if (data === undefined) {
    throw new Error(`${source}: not a Pagefind fragment (no JSON after the signature). Rebuild the site.`);
  }
  if (!isRecord(data) || typeof data.url !== 'string' || typeof data.content !== 'string') {
    throw new Error(`${source}: a Pagefind fragment needs "url" and "content". Rebuild the site.`);
  }
  const meta = isRecord(data.meta) ? data.meta : {};
  return {
    url: data.url,
    title: typeof meta.title === 'string' ? meta.title : data.url,
    ...(typeof meta.soort === 'string' ? { soort: meta.soort } : {}),
    content: data.content,
  };
}

function isSearchDocument(item: unknown): item is SearchDocument {
  return (
    isRecord(item) &&
    typeof item.url === 'string' &&
    typeof item.title === 'string' &&
    typeof item.content === 'string' &&
    (item.soort === undefined || typeof item.soort === 'string')
  );
}

/** Checks the downloaded list of search documents; anything else is refused rather than half-used. */
export function isSearchDocumentList(value: unknown): value is SearchDocument[] {
  return isListOf(value, isSearchDocument);
}
