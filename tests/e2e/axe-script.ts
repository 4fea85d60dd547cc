import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

// axe-core is loaded into every page the suite checks, 500 KB each time. Evaluated as a string it is compiled
// anew in every document (about 200 ms on a 2-core machine); loaded as a cacheable script the browser keeps the
// compiled code, and a page gets it in about 50 ms. So the runner serves the one file, on the port after the site's.
const port = Number(process.env.E2E_PORT ?? 4329) + 1;

/** Where the pages load axe-core from: not the site, so requests to it are the suite's own, not the page's. */
export const axeScriptUrl = `http://127.0.0.1:${port}/axe.min.js`;

/** Playwright's global setup: serves axe-core for the whole run and returns the teardown that stops it. */
export default async function serveAxeScript(): Promise<() => Promise<void>> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));
  const server = createServer((request, response) => {
    if (request.url !== '/axe.min.js') {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'public, max-age=31536000, immutable',
        'access-control-allow-origin': '*',
      })
      .end(source);
  });
  await new Promise<void>((listening) => server.listen(port, '127.0.0.1', listening));
  return () => new Promise<void>((closed) => server.close(() => closed()));
}
