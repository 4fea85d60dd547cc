import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { parse } from 'yaml';
import { readPagefindFragment } from '../lib/search/documents';
import { withWetStatus } from '../lib/wetgeving/data';

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
        const glossary = withWetStatus(parse(readFileSync('content/begrippen.yaml', 'utf8')) as GlossaryEntry[]);
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
        const texts = writeSimpleSearchTexts(outDir);
        logger.info(`indexed ${pages.page_count} pages and ${glossary.length} glossary terms (${texts} texts)`);
      },
    },
  };
}

/**
 * Writes the texts Pagefind indexed to /zoeken/teksten.json for the simple search, which takes over
 * where a browser blocks Pagefind's WebAssembly. Returns how many texts were written.
 */
function writeSimpleSearchTexts(outDir: string): number {
  const fragmentDir = join(outDir, 'pagefind', 'fragment');
  const documents = readdirSync(fragmentDir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort()
    .map((name) => readPagefindFragment(gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf8'), name));
  mkdirSync(join(outDir, 'zoeken'), { recursive: true });
  writeFileSync(join(outDir, 'zoeken', 'teksten.json'), JSON.stringify(documents));
  return documents.length;
}
