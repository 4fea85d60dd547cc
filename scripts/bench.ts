// `npm run bench`: builds the site and reports bytes per page and build time against budgets.json.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { precacheEntries } from '../src/integrations/service-worker.ts';
import { precacheBreach } from '../src/lib/offline/precache.ts';
import { builtPages, distDir } from '../tests/e2e/built-pages.ts';
import type { Budgets } from './page-weight.ts';
import { budgetBreaches, measurePage } from './page-weight.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const budgets = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')) as Budgets;

const started = performance.now();
execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
const weights = builtPages().map((path) => measurePage(distDir, path));
console.log('page'.padEnd(44), 'HTML raw/gz', '  CSS raw/gz', '   JS raw/gz  (KB)');
for (const weight of weights) {
  console.log(
    weight.path.padEnd(44),
    `${kb(weight.html.raw)}/${kb(weight.html.gzip)}`,
    `${kb(weight.css.raw)}/${kb(weight.css.gzip)}`,
    `${kb(weight.js.raw)}/${kb(weight.js.gzip)}`,
  );
}

const inlinePages = weights.filter((weight) =>
  budgets.inlineScriptPages?.some((prefix) => weight.path.startsWith(prefix)),
);
if (inlinePages.length > 0) {
  const files = inlinePages.filter((weight) => weight.js.files.length > 0).length;
  const largest = Math.max(...inlinePages.map((weight) => weight.inlineJs.raw));
  console.log(
    `\n${budgets.inlineScriptPages?.join(', ')}: ${inlinePages.length} pages, ${files} with a JavaScript file; largest inline script ${largest} B of ${budgets.inlineJsRawPerPage} B`,
  );
}

// The offline site: the registration script on every page (apart from the page's own JavaScript) and what the
// service worker stores on the first visit.
const offlineScripts = weights.map((weight) => weight.offlineJs);
const offlineLargest = Math.max(...offlineScripts.map((script) => script.raw));
const withoutOffline = weights.filter((weight) => weight.offlineJs.count !== 1).map((weight) => weight.path);
console.log(
  `\nOffline registration script: ${offlineLargest} B raw of ${budgets.offlineScriptRawPerPage} B, on ${weights.length - withoutOffline.length} of ${weights.length} pages once`,
);
const precache = await precacheEntries(distDir);
const precacheGzip = precache.entries.reduce(
  (sum, entry) => sum + gzipSync(readFileSync(join(distDir, entry.url)), { level: 9 }).length,
  0,
);
console.log(
  `Precache (first visit): ${precache.entries.length} files, ${kb(precache.size)} KB raw of ${kb(budgets.precacheRaw ?? 0)} KB budget (${kb(precacheGzip).trim()} KB gzip)`,
);

const heaviestJs = Math.max(...weights.map((weight) => weight.js.gzip));
const heaviestCss = Math.max(...weights.map((weight) => weight.css.gzip));
console.log(`\nBuild time: ${buildSeconds.toFixed(1)} s (reported only)`);
console.log(`Heaviest JavaScript: ${kb(heaviestJs)} KB gzip of ${kb(budgets.jsGzipPerPage)} KB budget`);
console.log(`Heaviest CSS:        ${kb(heaviestCss)} KB gzip of ${kb(budgets.cssGzipPerPage)} KB budget`);

// Search loads only when someone searches: Pagefind's script, its Dutch WebAssembly and index chunks.
const searchDir = join(distDir, 'pagefind');
const searchFiles = readdirSync(searchDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
const searchStart = ['pagefind.js', 'wasm.nl.pagefind'].map((name) => readFileSync(join(searchDir, name)));
const searchStartGzip = searchStart.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
console.log(
  `Search (on first search only): ${kb(searchStartGzip)} KB gzip to start; index of ${searchFiles.length} files`,
);
// Where a browser blocks WebAssembly, the simple search loads MiniSearch and every indexed text at once.
const assetsDir = join(distDir, '_astro');
const simpleSearchFiles = [
  ...readdirSync(assetsDir)
    .filter((name) => /^(simple-search|search-documents)\..*\.js$/.test(name))
    .map((name) => join(assetsDir, name)),
  join(distDir, 'zoeken', 'teksten.json'),
];
const simpleSearchGzip = simpleSearchFiles.reduce(
  (sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
  0,
);
console.log(`Simple search (without WebAssembly): ${kb(simpleSearchGzip)} KB gzip, texts included`);

// The trainer's chat tally must stay fast on a long webinar chat (issue: "well under a second").
const chatReplies = ['1 eens', 'stelling 2: oneens', '3 hangt ervan af', 'V-EOEO-E', 'goedemorgen!', '<b>4 eens</b>'];
const chat = Array.from(
  { length: 5000 },
  (_, index) =>
    `10:${String(index % 60).padStart(2, '0')}:00 From Deelnemer ${index % 400} to Everyone: ${chatReplies[index % chatReplies.length]}`,
).join('\n');
// src/ uses extensionless imports that plain Node cannot resolve, so the parser is bundled first.
const bundled = buildSync({
  entryPoints: [`${root}src/lib/trainer/chat-tally.ts`],
  bundle: true,
  format: 'esm',
  write: false,
});
const { tallyChat } = (await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0]?.text ?? '').toString('base64')}`
)) as typeof import('../src/lib/trainer/chat-tally.ts');
const parseStarted = performance.now();
tallyChat(chat, { stellingIds: ['s1', 's2', 's3', 's4'], round: 'voormeting' });
console.log(`Chat tally:          ${(performance.now() - parseStarted).toFixed(0)} ms for 5,000 chat lines`);

const precacheProblem = precacheBreach(precache.size, budgets.precacheRaw ?? 0);
const breaches = [
  ...weights.flatMap((weight) => budgetBreaches(weight, budgets)),
  ...withoutOffline.map((path) => `${path}: does not carry the offline registration script exactly once`),
  ...(precacheProblem ? [precacheProblem] : []),
];
if (breaches.length > 0) {
  console.log(`\nOver budget:\n${breaches.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('All pages and the precache are within budget.');
}
