/**
 * The playground's service worker (sw.js): it keeps the site's files, so that the playground opens and works with no
 * network once it has been loaded. The network comes first while there is one (a new version of the site is never
 * hidden behind an old copy); the copy answers only when the network fails. Nothing outside the origin is touched.
 */

/** The site's files, relative to this worker, and a name for this build of them (from their contents). */
declare const SITE_FILES: string[];
declare const SITE_VERSION: string;

// The few parts of the service worker's scope used here (the site is checked with the DOM's types, not the worker's).
interface FetchEvent extends Event {
  request: Request;
  respondWith(response: Promise<Response>): void;
  waitUntil(work: Promise<unknown>): void;
}
interface LifecycleEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface ServiceWorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const scope = self as unknown as ServiceWorkerScope;
const CACHE = `partnerlint-playground-${SITE_VERSION}`;

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SITE_FILES))
      .then(() => scope.skipWaiting()),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('partnerlint-playground-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => scope.clients.claim()),
  );
});

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== scope.location.origin) return;
  event.respondWith(
    fetch(request).then(
      (response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      },
      // `?locale=ja` is the same page as the one kept.
      async () => (await caches.match(request, { cacheName: CACHE, ignoreSearch: true })) ?? Response.error(),
    ),
  );
});
