import { Marked } from 'marked';
import { loadWetgeving } from '../wetgeving/data';
import { expandWetPlaceholders } from '../wetgeving/status';

const markdown = new Marked({ async: false, gfm: true });

/**
 * Renders trusted author Markdown (from content files) to HTML at build time, with {wet:…} placeholders replaced
 * by the status from content/course/wetgeving.yaml. Never use it for learner input.
 */
export function renderMarkdown(source: string, where?: string): string {
  return markdown.parse(expandWetPlaceholders(source, loadWetgeving(), 'markdown', where)) as string;
}

/** Renders one line of author Markdown without the surrounding paragraph, with {wet:…} placeholders filled in. */
export function renderInlineMarkdown(source: string, where?: string): string {
  return markdown.parseInline(expandWetPlaceholders(source, loadWetgeving(), 'markdown', where)) as string;
}
