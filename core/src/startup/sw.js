// changyue's service worker: the app's files cache-first, the data network-first with the last
// copy kept, so that a repeat visit works with no network at all. The build feeds it core's data
// in place of its one free name (core/src/startup/mod.rs): this build's files (its shell), named
// by their hashes, so a new build is a new worker with a new cache, and the old cache is dropped
// when it takes over.
const build = CHANGYUE_SERVICE_WORKER;
const SHELL = build.shell;
const SHELL_CACHE = `changyue-shell-${build.version}`;
const DATA_CACHE = 'changyue-data';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('changyue-shell-') && k !== SHELL_CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// The page hands over the data it loaded before this worker was in charge.
self.addEventListener('message', (event) => {
  const keep = (event.data?.keep ?? []).filter((path) => typeof path === 'string' && path.startsWith(build.data_folder));
  // One by one: a file that fails (an image gone) must not cost the others.
  event.waitUntil(caches.open(DATA_CACHE).then((cache) => Promise.allSettled(keep.map((path) => cache.add(path)))));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, SHELL_CACHE, build.app_page));
  else if (url.pathname.startsWith(build.data_folder)) event.respondWith(networkFirst(request, DATA_CACHE));
  else if (SHELL.includes(url.pathname)) event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(request)));
});

// Fresh when the network answers (editors' changes show at once), the last copy when it does not.
async function networkFirst(request, cacheName, fallback) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (!fallback && response.ok) await cache.put(request, response.clone());
    // A withdrawn article is not kept for offline reading either.
    if (!fallback && (response.status === 404 || response.status === 410)) await cache.delete(request);
    return response;
  } catch (error) {
    return (await cache.match(fallback ?? request)) ?? Response.error();
  }
}
