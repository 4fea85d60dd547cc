import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { parse } from 'yaml';

interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
}

/**
 * Builds the Pagefind search index after `astro build`: every page part marked data-pagefind-body, plus
 * one record per glossary term so a term is found as itself, not as the long glossary page.
 */
export function pagefindSearch(): AstroIntegration {
  return {
    name: 'pettenwijzer-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const pages = await index.addDirectory({ path: outDir });
        const glossary = parse(readFileSync('content/begrippen.yaml', 'utf8')) as GlossaryEntry[];
        for (const entry of glossary) {
          await index.addCustomRecord({
            url: `/begrippen/#${entry.id}`,
            content: `${entry.term}. ${entry.definition}`,
            language: 'nl',
            meta: { title: entry.term, soort: 'Begrip' },
            filters: { soort: ['Begrip'] },
          });
        }
        const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
        const problems = [...pages.errors, ...written.errors];
        await close();
        if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        logger.info(`indexed ${pages.page_count} pages and ${glossary.length} glossary terms`);
      },
    },
  };
}
