// The explainer's service worker (go-app's Handler.ServiceWorkerTemplate).
// Unlike go-app's default it (1) answers shared links with a query string
// offline, from the page cached for that link or else the base page, whose
// wasm then computes the linked race; and (2) never downloads the wasm a
// second time on a first visit: the page adds it to this cache itself once
// it runs, from the HTTP cache (see boot.js).
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}}.filter((r) => !/\/app\.wasm(\?|$)/.test(r));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(cacheName).then((cache) => cache.addAll(resourcesToCache)).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

// Pages: the network first (a fresh prerender of this exact race), kept for
// offline; offline, the page cached for this link, else the base page.
async function navigate(request) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) {
      cache.put(request, response.clone());
    }
    return response;
  } catch (err) {
    const exact = await cache.match(request);
    if (exact) {
      return exact;
    }
    const base = await cache.match(request, { ignoreSearch: true });
    if (base) {
      return base;
    }
    const root = await cache.match(resourcesToCache.find((r) => r === "/" || r.endsWith("/")) || "/");
    if (root) {
      return root;
    }
    throw err;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) {
    return cached;
  }
  return fetch(request);
}
