import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { linkCheck } from '../../../src/integrations/link-check';

const fixture = new URL('../../fixtures/broken-links/', import.meta.url);
const logged: string[] = [];
const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;

/** Runs the link check's build hook on a built site, with `root` as the project whose files it searches. */
function runCheck(built: URL): void {
  const { hooks } = linkCheck();
  const configDone = hooks['astro:config:done'] as (options: { config: { root: URL } }) => void;
  const buildDone = hooks['astro:build:done'] as (options: { dir: URL; logger: AstroIntegrationLogger }) => void;
  configDone({ config: { root: fixture } });
  buildDone({ dir: built, logger });
}

describe('the link check after astro build', () => {
  it('fails the build naming the file, line, page and link of each broken link', () => {
    expect(() => runCheck(new URL('built/', fixture))).toThrowErrorMatchingSnapshot();
  });

  it('passes a site whose links all lead somewhere', () => {
    logged.length = 0;
    runCheck(new URL('built-ok/', fixture));
    expect(logged).toEqual(['checked the links on 2 pages']);
  });
});
