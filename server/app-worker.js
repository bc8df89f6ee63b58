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

// Pages: the page cached for this exact link if there is one (a page
// depends only on its address and the build, and a new build gets a new
// cache), else the network, kept for later; offline, another cached page,
// marked so that boot.js hides its answer until the wasm has computed this
// link's race.
async function navigate(request) {
  const cache = await caches.open(cacheName);
  const exact = await cache.match(request);
  if (exact) {
    return exact;
  }
  try {
    const response = await fetch(request);
    if (response.ok) {
      cache.put(request, response.clone());
    }
    return response;
  } catch (err) {
    const other = (await cache.match(request, { ignoreSearch: true })) ||
      (await cache.match(resourcesToCache.find((r) => r === "/" || r.endsWith("/")) || "/"));
    if (other) {
      return markStale(other);
    }
    throw err;
  }
}

// markStale tags a page prerendered for another race, so that boot.js hides
// its answer until the wasm has computed the race in the address.
async function markStale(response) {
  const html = await response.text();
  return new Response(html.replace("<head>", '<head><meta name="recount-stale" content="1">'), {
    status: response.status,
    headers: response.headers,
  });
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) {
    return cached;
  }
  return fetch(request);
}
