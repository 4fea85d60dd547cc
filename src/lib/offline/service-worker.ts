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
 * in localStorage, which the worker does not see. `precache` pairs each address with its cache key (the address
 * plus its revision); `cacheName` is new for every build, `cachePrefix` marks the caches of older builds.
 */
export function serviceWorker(
  scope: WorkerScope,
  precache: [url: string, key: string][],
  cacheName: string,
  cachePrefix: string,
): void {
  const keys = new Map(precache);
  const notFoundKey = keys.get('/404.html');
  const cached = (key: string) => scope.caches.open(cacheName).then((cache) => cache.match(key));

  // A file whose key (address and revision) is in an older build's cache is copied from there, so an update
  // downloads only what changed. The new version waits until the learner chooses "Vernieuwen" (SKIP_WAITING).
  scope.addEventListener('install', (event) => {
    const fill = async (cache: Cache, url: string, key: string) => {
      const kept = await scope.caches.match(key);
      if (kept) return cache.put(key, kept);
      const response = await scope.fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`Could not precache ${url}: HTTP ${response.status}`);
      // A redirected response cannot answer a page request; a copy of it can.
      const clean = response.redirected
        ? new Response(await response.blob(), { status: response.status, headers: response.headers })
        : response;
      return cache.put(key, clean);
    };
    event.waitUntil(
      scope.caches.open(cacheName).then((cache) => Promise.all(precache.map(([url, key]) => fill(cache, url, key)))),
    );
  });

  scope.addEventListener('activate', (event) => {
    const old = (name: string) => name.startsWith(cachePrefix) && name !== cacheName;
    event.waitUntil(
      scope.caches
        .keys()
        .then((names) => Promise.all(names.filter(old).map((name) => scope.caches.delete(name))))
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
