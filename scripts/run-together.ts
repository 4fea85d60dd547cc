// `node scripts/run-together.ts check test:unit`: runs npm scripts at the same time and fails if any fails.
// Type checking keeps one core busy for twenty seconds; the unit tests fill the other. (Not the build: it writes
// the generated content types that the type check reads.) Each script's output is printed whole when it ends,
// so the logs do not interleave.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) throw new Error('Usage: node scripts/run-together.ts <npm script> [<npm script> …]');

function run(name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      process.stdout.write(`\n> npm run ${name}\n${Buffer.concat(output).toString()}`);
      if (code !== 0) process.stdout.write(`npm run ${name} failed (exit code ${code})\n`);
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(names.map(run));
if (results.includes(false)) process.exitCode = 1;
