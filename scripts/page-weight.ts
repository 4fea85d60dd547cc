import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip size of a set of files. */
export interface Weight {
  raw: number;
  gzip: number;
  files: string[];
}

/** What one built page costs a visitor: its HTML and every stylesheet and script it loads. */
export interface PageWeight {
  path: string;
  html: Weight;
  css: Weight;
  js: Weight;
  /** The scripts written into the HTML itself (part of `js` too), except the offline registration script. */
  inlineJs: { raw: number; gzip: number };
  /**
   * The offline site's registration script (`<script data-pw-sw>`, the same on every page), measured apart: it is
   * not part of `js`, so "ships no JavaScript" and the Pettenkompas's inline budget keep meaning the page's own.
   */
  offlineJs: { raw: number; gzip: number; count: number };
}

/** The byte budgets kept in budgets.json. */
export interface Budgets {
  jsGzipPerPage: number;
  jsGzipStaticPage: number;
  cssGzipPerPage: number;
  /** Pages without interactive parts, which must ship no JavaScript at all. */
  staticPages: string[];
  /** Address prefixes of pages that load no JavaScript file and only a small inline script, e.g. "/kompas/". */
  inlineScriptPages?: string[];
  /** Raw bytes of inline script such a page may carry. */
  inlineJsRawPerPage?: number;
  /** Raw bytes of the offline registration script every page carries once (`<script data-pw-sw>`). */
  offlineScriptRawPerPage?: number;
  /** Raw bytes the service worker may precache in all. */
  precacheRaw?: number;
}

const attribute = (name: string) => new RegExp(`${name}="([^"]+)"`, 'g');
// Static imports in Vite's minified output: `import{a}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`.
const staticImport = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;

/** Measures one page of the built site in `distDir`, following island components and their imports. */
export function measurePage(distDir: string, pagePath: string): PageWeight {
  const htmlFile = join(distDir, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
  const html = readFileSync(htmlFile, 'utf8');
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].flatMap((tag) =>
    [...tag[0].matchAll(attribute('href'))].map((match) => match[1] ?? ''),
  );
  const entryScripts = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? ''),
    ...[...html.matchAll(attribute('component-url'))].map((match) => match[1] ?? ''),
    ...[...html.matchAll(attribute('renderer-url'))].map((match) => match[1] ?? ''),
  ];
  const inlineTags = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
  const isOffline = (tag: RegExpMatchArray) => /\sdata-pw-sw\b/.test(tag[1] ?? '');
  const inlineScripts = inlineTags.filter((tag) => !isOffline(tag)).map((tag) => tag[2] ?? '');
  const offlineScripts = inlineTags.filter(isOffline).map((tag) => Buffer.from(tag[2] ?? ''));
  const scriptFiles = followImports(distDir, entryScripts.filter(Boolean));
  const inlineImports = inlineScripts.flatMap((code) => [...code.matchAll(staticImport)].map((m) => m[1] ?? ''));
  const allScripts = new Set([...scriptFiles, ...followImports(distDir, inlineImports)]);
  const inlineWeight = sizeOf(inlineScripts.filter((code) => code.trim()).map((code) => Buffer.from(code)));
  const jsFiles = weigh(distDir, [...allScripts]);
  return {
    path: pagePath,
    html: { ...sizeOf([Buffer.from(html)]), files: [pagePath] },
    css: weigh(distDir, [...new Set(stylesheets)]),
    js: { raw: jsFiles.raw + inlineWeight.raw, gzip: jsFiles.gzip + inlineWeight.gzip, files: jsFiles.files },
    inlineJs: inlineWeight,
    offlineJs: { ...sizeOf(offlineScripts), count: offlineScripts.length },
  };
}

/** Budget breaches for one page, as sentences; empty when the page is within budget. */
export function budgetBreaches(weight: PageWeight, budgets: Budgets): string[] {
  const breaches: string[] = [];
  const offlineLimit = budgets.offlineScriptRawPerPage ?? 0;
  if (weight.offlineJs.raw > offlineLimit) {
    breaches.push(`${weight.path}: ${weight.offlineJs.raw} B offline registration script > ${offlineLimit} B`);
  }
  if (budgets.inlineScriptPages?.some((prefix) => weight.path.startsWith(prefix))) {
    const limit = budgets.inlineJsRawPerPage ?? 0;
    if (weight.js.files.length > 0)
      breaches.push(`${weight.path}: loads ${weight.js.files.join(', ')}; no file allowed`);
    if (weight.inlineJs.raw > limit)
      breaches.push(`${weight.path}: ${weight.inlineJs.raw} B inline script > ${limit} B`);
    if (weight.css.gzip > budgets.cssGzipPerPage) {
      breaches.push(`${weight.path}: ${weight.css.gzip} B gzip CSS > ${budgets.cssGzipPerPage} B`);
    }
    return breaches;
  }
  const jsLimit = budgets.staticPages.includes(weight.path) ? budgets.jsGzipStaticPage : budgets.jsGzipPerPage;
  if (weight.js.gzip > jsLimit) breaches.push(`${weight.path}: ${weight.js.gzip} B gzip JavaScript > ${jsLimit} B`);
  if (weight.css.gzip > budgets.cssGzipPerPage) {
    breaches.push(`${weight.path}: ${weight.css.gzip} B gzip CSS > ${budgets.cssGzipPerPage} B`);
  }
  return breaches;
}

function followImports(distDir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.map((url) => url.split('?')[0] ?? url);
  while (queue.length > 0) {
    const url = queue.pop() as string;
    if (seen.has(url) || !url.startsWith('/')) continue;
    seen.add(url);
    const code = readFileSync(join(distDir, url), 'utf8');
    for (const match of code.matchAll(staticImport)) {
      const specifier = match[1] ?? '';
      queue.push(specifier.startsWith('/') ? specifier : posix.join(dirname(url), specifier));
    }
  }
  return [...seen];
}

function weigh(distDir: string, urls: string[]): Weight {
  return { ...sizeOf(urls.map((url) => readFileSync(join(distDir, url)))), files: urls };
}

function sizeOf(buffers: Buffer[]): { raw: number; gzip: number } {
  return buffers.reduce(
    (total, buffer) => ({ raw: total.raw + buffer.length, gzip: total.gzip + gzipSync(buffer, { level: 9 }).length }),
    { raw: 0, gzip: 0 },
  );
}
