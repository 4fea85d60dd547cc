/** Elements whose whitespace is content: preformatted text, form values, code. */
const keptAsWritten = /<(pre|textarea|script|style)\b[\s\S]*?<\/\1>/gi;

/**
 * Removes the indentation at the start of each line of an HTML page, keeping every line break: a line break is
 * whitespace like the indentation, so text renders the same. The source templates' indentation was a twelfth of
 * every page (over 200 KB of the site, and of what the offline site stores). Astro's own `compressHTML` would also
 * do this, but it drops the space between a word and a link that starts the next source line.
 */
export function stripIndentation(html: string): string {
  let result = '';
  let from = 0;
  for (const match of html.matchAll(keptAsWritten)) {
    result += html.slice(from, match.index).replace(/^[ \t]+/gm, '') + match[0];
    from = match.index + match[0].length;
  }
  return result + html.slice(from).replace(/^[ \t]+/gm, '');
}
