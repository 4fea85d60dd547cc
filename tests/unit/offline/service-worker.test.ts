// Runs the text the build writes to dist/sw.js against a fake service worker scope: a cache, a network and events.
import { describe, expect, it } from 'vitest';
import { type ManifestEntry, serviceWorkerSource } from '../../../src/lib/offline/precache';
import type { RequestEvent, WorkerScope } from '../../../src/lib/offline/service-worker';

const origin = 'https://pettenwijzer.test';

interface FakeRequest {
  url: string;
  method: string;
  mode: string;
}

/** A service worker scope whose network answers from `files` (path → body) and counts what it is asked. */
function fakeScope(files: Record<string, string>) {
  const stores = new Map<string, Map<string, Response>>();
  const absolute = (key: string | Request) => new URL(typeof key === 'string' ? key : key.url, origin).href;
  const store = (name: string) => {
    const entries = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, entries);
    return {
      keys: async () => [...entries.keys()].map((url) => new Request(url)),
      match: async (key: string) => entries.get(absolute(key))?.clone(),
      put: async (key: string, response: Response) => void entries.set(absolute(key), response),
      delete: async (request: Request) => entries.delete(absolute(request)),
    } as unknown as Cache;
  };
  const listeners = new Map<string, (event: Event) => void>();
  const fetched: string[] = [];
  let online = true;
  const calls = { claimed: 0, skippedWaiting: 0 };
  const scope = {
    caches: {
      open: async (name: string) => store(name),
      keys: async () => [...stores.keys()],
      delete: async (name: string) => stores.delete(name),
    } as unknown as CacheStorage,
    location: { origin },
    clients: { claim: async () => void calls.claimed++ },
    skipWaiting: async () => void calls.skippedWaiting++,
    fetch: async (input: string | FakeRequest) => {
      const path = new URL(typeof input === 'string' ? input : input.url, origin).pathname;
      fetched.push(path);
      if (!online) throw new TypeError('Failed to fetch');
      const body = files[path];
      return body === undefined ? new Response('weg', { status: 404 }) : new Response(body, { status: 200 });
    },
    addEventListener: (type: string, listener: (event: Event) => void) => listeners.set(type, listener),
  } as unknown as WorkerScope;

  /** Starts the worker written for `entries` in this scope, as a browser runs a new sw.js. */
  const start = (entries: ManifestEntry[]) => new Function('self', serviceWorkerSource(entries))(scope);
  const lifecycle = async (type: 'install' | 'activate') => {
    const waits: Promise<unknown>[] = [];
    listeners.get(type)?.({ waitUntil: (promise: Promise<unknown>) => waits.push(promise) } as unknown as Event);
    await Promise.all(waits);
  };
  /** The response the worker gives for a request, or undefined when it leaves the request to the network. */
  const request = async (url: string, { method = 'GET', mode = 'cors' } = {}) => {
    let answer: Promise<Response> | undefined;
    const event = { request: { url, method, mode }, respondWith: (response: Promise<Response>) => (answer = response) };
    listeners.get('fetch')?.(event as unknown as RequestEvent as unknown as Event);
    return answer;
  };
  const message = (data: unknown) => listeners.get('message')?.({ data } as MessageEvent);
  const stored = () => [...(stores.get('pettenwijzer-precache')?.keys() ?? [])].map((url) => url.replace(origin, ''));
  return {
    start,
    lifecycle,
    request,
    message,
    stored,
    fetched,
    calls,
    stores,
    goOffline: () => {
      online = false;
    },
  };
}

const files = {
  '/': 'start',
  '/lessen/een/': 'les een',
  '/404.html': 'niet gevonden',
  '/_astro/island.abc123.js': 'code',
};
const entries: ManifestEntry[] = [
  { url: 'index.html', revision: 'r1' },
  { url: 'lessen/een/index.html', revision: 'r1' },
  { url: '404.html', revision: 'r1' },
  { url: '_astro/island.abc123.js', revision: null },
];

async function installed() {
  const worker = fakeScope(files);
  worker.start(entries);
  await worker.lifecycle('install');
  await worker.lifecycle('activate');
  worker.fetched.length = 0;
  return worker;
}

describe('the service worker', () => {
  it('downloads every precached file once on install and keys it by address and revision', async () => {
    const worker = fakeScope(files);
    worker.start(entries);
    await worker.lifecycle('install');
    expect([...worker.fetched].sort()).toEqual(['/', '/404.html', '/_astro/island.abc123.js', '/lessen/een/']);
    expect(worker.stored().sort()).toEqual([
      '/404.html?__pw_revision=r1',
      '/?__pw_revision=r1',
      '/_astro/island.abc123.js',
      '/lessen/een/?__pw_revision=r1',
    ]);
    expect(worker.calls.skippedWaiting).toBe(0);
  });

  it('fails its install when a file cannot be downloaded, so a broken version never takes over', async () => {
    const worker = fakeScope({ ...files, '/lessen/een/': undefined as unknown as string });
    worker.start(entries);
    await expect(worker.lifecycle('install')).rejects.toThrow('Could not precache /lessen/een/: HTTP 404');
  });

  it('on an update downloads only the changed file, and drops the old one once active', async () => {
    const worker = await installed();
    const changed = entries.map((entry) => (entry.url.startsWith('lessen/') ? { ...entry, revision: 'r2' } : entry));
    worker.start(changed);
    await worker.lifecycle('install');
    expect(worker.fetched).toEqual(['/lessen/een/']);
    expect(worker.stored()).toContain('/lessen/een/?__pw_revision=r1');
    worker.message('SKIP_WAITING');
    expect(worker.calls.skippedWaiting).toBe(1);
    await worker.lifecycle('activate');
    expect(worker.stored()).toContain('/lessen/een/?__pw_revision=r2');
    expect(worker.stored()).not.toContain('/lessen/een/?__pw_revision=r1');
    expect(worker.stored()).toHaveLength(4);
    expect(worker.calls.claimed).toBe(2);
  });

  it('answers precached pages from the cache offline, whatever their query string', async () => {
    const worker = await installed();
    worker.goOffline();
    const page = await worker.request(`${origin}/lessen/een/?route=a.b`, { mode: 'navigate' });
    expect(await page?.text()).toBe('les een');
    expect(await (await worker.request(`${origin}/_astro/island.abc123.js`))?.text()).toBe('code');
    expect(worker.fetched).toEqual([]);
  });

  it('shows the cached 404 page, as a 404, for an unknown address offline, and the server answer online', async () => {
    const worker = await installed();
    expect((await worker.request(`${origin}/bestaat-niet/`, { mode: 'navigate' }))?.status).toBe(404);
    expect(worker.fetched).toEqual(['/bestaat-niet/']);
    worker.goOffline();
    const offline = await worker.request(`${origin}/bestaat-niet/`, { mode: 'navigate' });
    expect(offline?.status).toBe(404);
    expect(await offline?.text()).toBe('niet gevonden');
  });

  it('leaves other hosts, other methods and files it does not precache to the browser, storing nothing', async () => {
    const worker = await installed();
    expect(await worker.request('https://elders.example/lessen/een/')).toBeUndefined();
    expect(await worker.request(`${origin}/lessen/een/`, { method: 'POST' })).toBeUndefined();
    expect(await worker.request(`${origin}/zoeken/teksten.json`)).toBeUndefined();
    expect(worker.fetched).toEqual([]);
    expect(worker.stored()).toHaveLength(4);
    expect([...worker.stores.keys()]).toEqual(['pettenwijzer-precache']);
  });

  it('takes over only when asked with SKIP_WAITING', async () => {
    const worker = await installed();
    worker.message('refresh');
    expect(worker.calls.skippedWaiting).toBe(0);
    worker.message('SKIP_WAITING');
    expect(worker.calls.skippedWaiting).toBe(1);
  });
});
