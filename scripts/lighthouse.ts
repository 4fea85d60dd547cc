// `npm run lighthouse [path …]`: Lighthouse (mobile, simulated slow 4G and CPU) on one page of each kind of the
// built site, served locally with Debian's Chromium; prints every category's score, CLS and TBT, and fails when
// a page scores below 100 in a category or misses the layout-shift and blocking-time targets. Each page is run
// three times (LIGHTHOUSE_RUNS) and judged by its median run, as Lighthouse advises: one run's blocking time
// swung from 0 to 90 ms on the same static page. Not part of `npm test`: a run takes several minutes, and its
// performance score depends on the machine's load.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type RunnerResult } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { launchOptions } from '../tests/browser.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = 4339;
const origin = `http://127.0.0.1:${port}`;

/** One page of each kind: static, lesson with its quiz, tools, trainer, search, the Pettenkompas. */
const defaultPaths = [
  '/',
  '/lessen/',
  '/lessen/01-pettenvraagstuk/',
  '/stellingen/',
  '/scenarios/huisbezoek-fraude/',
  '/kennischecks/oefenset-petten/',
  '/voortgang/',
  '/voortgang/gegevens/',
  '/aan-de-slag/7xw/',
  '/trainer/presentatie/',
  '/trainer/handout/',
  '/zoeken/',
  '/begrippen/',
  '/kompas/',
  '/kompas/wat-doe-je-nu/',
  '/kompas/hulp-meldcode/',
];
const targets = { score: 1, cls: 0.01, tbtMs: 50 };
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : defaultPaths;
const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
  cwd: root,
  stdio: 'ignore',
  detached: true,
});
const chrome = await chromeLauncher.launch({
  chromePath: launchOptions().executablePath,
  chromeFlags: ['--headless=new', ...(launchOptions().args ?? [])],
});

try {
  await waitForServer();
  const failures: string[] = [];
  const benchmarkIndexes: number[] = [];
  let slowdown = Number.NaN;
  console.log('page'.padEnd(34), 'perf  a11y  best  seo   CLS     TBT');
  for (const path of paths) {
    const results: RunnerResult['lhr'][] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, logLevel: 'error', output: 'json' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      results.push(result.lhr);
      benchmarkIndexes.push(result.lhr.environment.benchmarkIndex);
      slowdown = result.lhr.configSettings.throttling.cpuSlowdownMultiplier ?? Number.NaN;
    }
    // The median helper's types name Lighthouse's global LH namespace, which this project does not load.
    const { categories, audits } = computeMedianRun(results) as RunnerResult['lhr'];
    const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => categories[id]?.score ?? 0);
    const cls = audits['cumulative-layout-shift']?.numericValue ?? Number.NaN;
    const tbt = audits['total-blocking-time']?.numericValue ?? Number.NaN;
    console.log(
      path.padEnd(34),
      scores.map((score) => String(Math.round(score * 100)).padEnd(5)).join(' '),
      cls.toFixed(3).padEnd(7),
      `${Math.round(tbt)} ms`,
    );
    for (const [index, score] of scores.entries()) {
      if (score < targets.score) {
        const id = Object.keys(categories)[index] ?? '';
        const lost = Object.values(audits)
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.score < 1 &&
              categories[id]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
          )
          .map((audit) => audit.id);
        failures.push(`${path}: ${id} ${Math.round(score * 100)} (${lost.join(', ')})`);
      }
    }
    if (!(cls <= targets.cls)) failures.push(`${path}: CLS ${cls.toFixed(3)} > ${targets.cls}`);
    if (!(tbt <= targets.tbtMs)) failures.push(`${path}: TBT ${Math.round(tbt)} ms > ${targets.tbtMs} ms`);
  }
  console.log(machineLine(benchmarkIndexes, slowdown));
  console.log(failures.length > 0 ? `\nBelow target:\n${failures.join('\n')}` : '\nEvery page meets the targets.');
  if (failures.length > 0) process.exitCode = 1;
} finally {
  chrome.kill();
  if (server.pid) process.kill(-server.pid);
}

/**
 * How this machine compares with the device Lighthouse simulates: its benchmark index over all runs, and the CPU
 * slowdown Lighthouse's throttling calculator advises for that index, next to the one the runs use (4x, the
 * default). Where the advised slowdown is higher, the runs are milder than the phone they stand for (blocking
 * times too low); where it is lower, harsher.
 */
function machineLine(indexes: number[], used: number): string {
  const sorted = [...indexes].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const range = `${Math.round(sorted[0] ?? Number.NaN)}–${Math.round(sorted.at(-1) ?? Number.NaN)}`;
  return `\nbenchmarkIndex ${range}, median ${Math.round(median)}: Lighthouse's CPU throttling calculator advises ${advisedSlowdown(median).toFixed(1)}x for it; these runs use ${used}x.`;
}

/**
 * The CPU slowdown for a benchmark index, by the formula of the throttling calculator that Lighthouse's
 * docs/throttling.md links to (github.com/patrickhulce/lighthouse-cpu-throttling-calculator).
 */
function advisedSlowdown(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return 1 + Math.max(0, benchmarkIndex - 150) / 650;
}

async function waitForServer() {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`The preview server did not start on ${origin}`);
}
