// Reading text that may not be JSON (stored values, files, share links, the LMS's copy) without a try/catch at
// every reader.

/** JSON.parse that gives undefined instead of throwing (no JSON text parses to undefined, so nothing is lost). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
