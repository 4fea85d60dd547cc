/** Puts the user's text in the file as plain text: Markdown and HTML signs are escaped so nothing turns into markup. */
export function plainMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)(#|[-+]\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)]\s)/gm, '$1\\$2');
}

/** As plainMarkdown, on one line, for list items. */
export function inlinePlainMarkdown(text: string): string {
  return plainMarkdown(text).replace(/\s*\n\s*/g, ' ');
}

/** The text as plain Markdown, or the placeholder in italics when it is empty. */
export const orNothing = (text: string | undefined, empty: string, inline = false) =>
  text && text.trim() !== '' ? (inline ? inlinePlainMarkdown(text) : plainMarkdown(text)) : `_${empty}_`;
