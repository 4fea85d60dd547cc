// `npm run package`: the LMS packages packages/pettenwijzer-scorm12.zip and packages/pettenwijzer-cmi5.zip, made
// from the built site in dist/ (no second build: run `npm run build` first). Each holds the learner's pages as
// static files with relative URLs, the launcher lms.html that talks to the LMS (src/components/lms/), and
// imsmanifest.xml or cmi5.xml. README "LMS packages" says how to upload them; src/lib/lms/config.ts holds the choice.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { strToU8, zipSync } from 'fflate';
import { parse } from 'yaml';
import { lmsConfigFrom } from '../src/lib/lms/config.ts';
import { cmi5CourseStructure, type PackageDescription, scormManifest } from '../src/lib/lms/manifests.ts';
import type { PackagedLesson } from '../src/lib/lms/outcome.ts';
import { type LinkTargets, relativeFile, rewriteCss, rewritePage } from '../src/lib/lms/package-urls.ts';
import { type ScorableQuestion, scoreQuestion } from '../src/lib/quiz/scoring.ts';
import { site } from '../src/site.ts';

/** What the packages leave out: the trainer's pages (not for learners) and search (Pagefind needs the site root). */
export const LEFT_OUT = ['trainer/', 'zoeken/', 'pagefind/', '404.html'];

const started = performance.now();
const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(root, 'dist');
const outDir = join(root, 'packages');
if (!existsSync(join(distDir, 'index.html'))) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(1);
}

const config = lmsConfigFrom(process.env);
const publicAddress = process.env.PETTENWIJZER_SITE ?? site.address;
const lessons = readLessons();

const siteFiles = listFiles(distDir).filter((file) => !LEFT_OUT.some((prefix) => file.startsWith(prefix)));
const carried = new Set(siteFiles);
const targets: LinkTargets = { publicAddress, carries: (file) => carried.has(file) };

const files: Record<string, Uint8Array> = {};
for (const file of siteFiles) {
  const bytes = readFileSync(join(distDir, file));
  if (file.endsWith('.html')) {
    const headScript = `<script src="${relativeFile(file, '_lms/links.js')}"></script>`;
    const page = rewritePage(bytes.toString('utf8'), file, targets, headScript);
    assertRelative(page, file);
    files[file] = strToU8(page);
  } else if (file.endsWith('.css')) {
    files[file] = strToU8(rewriteCss(bytes.toString('utf8'), file, targets));
  } else if (/^_astro\/preload-helper\.[^/]+\.js$/.test(file)) {
    files[file] = strToU8(relativePreloads(bytes.toString('utf8'), file));
  } else {
    files[file] = bytes;
  }
}

files['_lms/links.js'] = bundle('page-links.ts', {
  __PW_PUBLIC_ADDRESS__: JSON.stringify(publicAddress),
  __PW_LEFT_OUT__: JSON.stringify(LEFT_OUT),
});

mkdirSync(outDir, { recursive: true });
for (const kind of ['scorm12', 'cmi5'] as const) {
  const packageFiles: Record<string, Uint8Array> = {
    ...files,
    'lms.html': strToU8(launcherPage(kind)),
    '_lms/launcher.js': bundle(`${kind}-launcher.ts`, {}),
  };
  const description: PackageDescription = {
    title: site.name,
    description: site.tagline,
    publicAddress,
    completion: config.completion,
    lessons,
    files: Object.keys(packageFiles).sort(),
  };
  if (kind === 'scorm12') packageFiles['imsmanifest.xml'] = strToU8(scormManifest(description));
  else packageFiles['cmi5.xml'] = strToU8(cmi5CourseStructure(description));
  const zip = zipSync(packageFiles, { level: 6 });
  const target = join(outDir, `pettenwijzer-${kind}.zip`);
  writeFileSync(target, zip);
  const count = Object.keys(packageFiles).length;
  console.log(`${relative(root, target)}: ${(zip.length / 1024).toFixed(0)} KB, ${count} files`);
}
console.log(
  `Completion per ${config.completion}, ${lessons.length} lessons; made in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

/** The lessons in order, with their knowledge check and its maximum score, from content/. */
function readLessons(): PackagedLesson[] {
  const lessonDir = join(root, 'content/lessons');
  return readdirSync(lessonDir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(lessonDir, name), 'utf8'))?.[1] ?? '';
      const { title, order, quiz } = parse(frontmatter) as { title: string; order: number; quiz: string };
      const { questions } = parse(readFileSync(join(root, 'content/quizzes', `${quiz}.yaml`), 'utf8')) as {
        questions: ScorableQuestion[];
      };
      const quizMax = questions.reduce((sum, question) => sum + scoreQuestion(question, {}).max, 0);
      return { slug: name.replace(/\.mdx$/, ''), title, order, quizId: quiz, quizMax };
    })
    .sort((a, b) => a.order - b.order);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** A page that still points at the site root would break inside the LMS: stop here, so CI fails. */
function assertRelative(html: string, file: string): void {
  const left = /\s(?:href|src|component-url|renderer-url|before-hydration-url)="\/(?!\/)[^"]*"/.exec(html);
  if (left) throw new Error(`${file} still has a root-absolute URL after rewriting: ${left[0].trim()}`);
}

/** Vite's preload helper puts `/` before every file it preloads; in a package that is the LMS's root. */
function relativePreloads(js: string, file: string): string {
  const pattern = /function\((\w)\)\{return`\/`\+\1\}/;
  if (!pattern.test(js)) {
    throw new Error(
      `${file}: Vite's preload path (\`/\`+file) was not found; update relativePreloads() for this Vite.`,
    );
  }
  // The helper resolves what this returns against its own URL (_astro/…), so `../` leads to the package root.
  return js.replace(pattern, (_match, name: string) => `function(${name}){return\`../\`+${name}}`);
}

function bundle(entry: string, define: Record<string, string>): Uint8Array {
  const result = buildSync({
    entryPoints: [join(root, 'src/components/lms', entry)],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    define,
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
}

/** lms.html, where the LMS launches the package; its script finds the LMS and opens the course inside. */
function launcherPage(kind: 'scorm12' | 'cmi5'): string {
  const launcherConfig = JSON.stringify({ kind, ...config, lessons }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${site.name}</title>
    <style>html,body{margin:0;height:100%}iframe{display:block;width:100%;height:100%;border:0}</style>
    <script type="application/json" id="pw-lms">${launcherConfig}</script>
  </head>
  <body>
    <p>De cursus wordt geladen. Gebeurt er niets? <a href="index.html">Open de cursus</a>.</p>
    <script src="_lms/launcher.js"></script>
  </body>
</html>
`;
}
