import { Marked } from 'marked';

const markdown = new Marked({ async: false, gfm: true });

/** Renders trusted author Markdown (from content files) to HTML at build time. Never use it for learner input. */
export function renderMarkdown(source: string): string {
  return markdown.parse(source) as string;
}

/** Renders one line of author Markdown without the surrounding paragraph. */
export function renderInlineMarkdown(source: string): string {
  return markdown.parseInline(source) as string;
}
