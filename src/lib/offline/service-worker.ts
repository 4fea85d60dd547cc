// The service worker's code. It is not bundled: `serviceWorkerSource` (precache.ts) writes this function's text
// into dist/sw.js and calls it with `self` and the precache list, so it may use nothing from outside its body
// (no imports, no helpers from this file) and only syntax every supported browser runs as written.

/** The install and activate events: the worker waits for the promise before it counts as installed or active. */
export interface LifecycleEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

/** A request from a page the worker controls. */
export interface RequestEvent extends LifecycleEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}

/** The part of the service worker's global scope (`self`) the worker uses; a fake one in the unit tests. */
export interface WorkerScope {
  caches: CacheStorage;
  location: { origin: string };
  clients: { claim(): Promise<void> };
  fetch(input: string | Request, init?: RequestInit): Promise<Response>;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: RequestEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/**
 * Precaches every file of the list on install, then answers the site's own GET requests for those files from the
 * cache (cache first), offline or not. It stores nothing else and never touches another host: learner data lives
 * in localStorage, which the worker does not see. `precache` pairs each address with its cache key: the address
 * plus its revision, so one cache holds the files of the active version and of a new one side by side.
 */
export function serviceWorker(scope: WorkerScope, precache: [url: string, key: string][], cacheName: string): void {
  const keys = new Map(precache);
  const current = new Set(precache.map(([, key]) => new URL(key, scope.location.origin).href));
  const notFoundKey = keys.get('/404.html');
  const open = () => scope.caches.open(cacheName);
  const cached = (key: string) => open().then((cache) => cache.match(key));

  // Only keys the cache does not hold yet are downloaded: an update fetches what changed. The new version then
  // waits until the learner chooses "Vernieuwen" (SKIP_WAITING), while the active one serves its own keys.
  scope.addEventListener('install', (event) => {
    const fill = async (cache: Cache, url: string, key: string) => {
      const response = await scope.fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`Could not precache ${url}: HTTP ${response.status}`);
      // A redirected response cannot answer a page request; a copy of it can.
      const clean = response.redirected
        ? new Response(await response.blob(), { status: response.status, headers: response.headers })
        : response;
      return cache.put(key, clean);
    };
    event.waitUntil(
      open().then(async (cache) => {
        const held = new Set((await cache.keys()).map((request) => request.url));
        const missing = precache.filter(([, key]) => !held.has(new URL(key, scope.location.origin).href));
        await Promise.all(missing.map(([url, key]) => fill(cache, url, key)));
      }),
    );
  });

  // The files of older versions go once this one is active; then it takes over the open pages.
  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      open()
        .then(async (cache) => {
          const old = (await cache.keys()).filter((request) => !current.has(request.url));
          await Promise.all(old.map((request) => cache.delete(request)));
        })
        .then(() => scope.clients.claim()),
    );
  });

  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
    // By path alone: a Pettenkompas page carries its route in ?route=, Pagefind adds query strings too.
    const key = keys.get(url.pathname);
    if (key) {
      event.respondWith(cached(key).then((response) => response ?? scope.fetch(request)));
      return;
    }
    // An address the site does not have: the server's answer when online, the cached 404 page when offline.
    if (request.mode === 'navigate' && notFoundKey) {
      const offlineNotFound = () =>
        cached(notFoundKey).then((page) =>
          page ? new Response(page.body, { status: 404, headers: page.headers }) : Response.error(),
        );
      event.respondWith(scope.fetch(request).catch(offlineNotFound));
    }
  });

  scope.addEventListener('message', (event) => {
    if (event.data === 'SKIP_WAITING') scope.skipWaiting();
  });
}
