// boot.js: the few things the page needs from plain JavaScript, loaded
// (deferred) after go-app's app.js.
"use strict";

(function () {
  const root = document.documentElement;

  // 1. A page prerendered for another race than its address (a static host
  //    serves one prerender for every link; offline, the service worker may
  //    answer with another cached page, marked recount-stale) hides its answer
  //    until the wasm has computed the linked race: it must never show another
  //    race's verdict. Static pages mark themselves before this script runs.
  if (document.querySelector('meta[name="recount-stale"]')) {
    root.classList.add("stale");
  }

  // 1b. go-app's loader writes its label in English as the wasm arrives; on
  //     a page in another language, the server gives the label's words
  //     (data-loading, with {progress}) and they replace each update.
  const loadingWords = root.dataset.loading;
  const label = document.getElementById("app-wasm-loader-label");
  if (loadingWords && label) {
    const translate = function () {
      const n = /(\d+)\s*%/.exec(label.textContent);
      const want = loadingWords.replace("{progress}", n ? n[1] : "0");
      if (label.textContent !== want) {
        label.textContent = want;
      }
    };
    new MutationObserver(translate).observe(label, { childList: true, characterData: true, subtree: true });
    translate();
  }

  // 2. If the Go program ends (a panic the page could not recover), say so
  //    and offer a reload, instead of leaving a page that looks alive.
  function showCrash() {
    if (document.getElementById("fatal")) {
      return;
    }
    const box = document.createElement("div");
    box.id = "fatal";
    box.className = "crash";
    box.setAttribute("role", "alert");
    const p = document.createElement("p");
    // The words come from the page, in its language.
    const page0 = document.getElementById("explainer");
    p.textContent = (page0 && page0.dataset.crash) || root.dataset.crash || "Something went wrong on this page, and the calculator stopped.";
    const a = document.createElement("a");
    a.href = location.href;
    a.textContent = (page0 && page0.dataset.reload) || root.dataset.reload || "Reload the page";
    a.addEventListener("click", function (e) {
      e.preventDefault();
      e.stopPropagation();
      location.reload();
    }, true);
    box.append(p, a);
    const page = document.getElementById("explainer") || document.body.firstElementChild;
    page.prepend(box);
    root.setAttribute("data-app", "crashed");
  }
  if (window.Go && Go.prototype.run) {
    const run = Go.prototype.run;
    Go.prototype.run = function (instance) {
      const done = run.call(this, instance);
      done.then(showCrash, showCrash);
      return done;
    };
  }
  window.addEventListener("error", function (e) {
    if (String(e.message).indexOf("Go program has already exited") >= 0) {
      showCrash();
    }
  });

  // 3. Once the wasm runs, keep it, the catalogue of the page's language
  //    and the law of its state (web/words/<lang>.txt, web/law/<XX>.json,
  //    fetched by the wasm) for offline use in the service worker's cache.
  //    They come from the HTTP cache (a revalidation, not a second
  //    download), which is why the worker does not precache them. The
  //    whole law is the one new download, after the page is ready.
  function cacheWasm() {
    if (!("caches" in window) || typeof goappGetenv !== "function") {
      return;
    }
    const name = "app-" + goappGetenv("GOAPP_VERSION");
    // The exact addresses the page loaded them from (they carry ?v=).
    const urls = performance.getEntriesByType("resource").map((e) => e.name)
      .filter((u) => /\/(app\.wasm|words\/[a-z]+\.txt|law\/([A-Z]+\.json|all\.jsonl))(\?|$)/.test(u));
    const web = goappGetenv("GOAPP_STATIC_RESOURCES_URL");
    if (!urls.some((u) => /\/app\.wasm(\?|$)/.test(u))) {
      urls.push(web + "/app.wasm");
    }
    // The whole law (57 KB), as the wasm asks for it when the reader picks
    // another state: offline, every state then answers.
    const all = web + "/law/all.jsonl?v=" + goappGetenv("GOAPP_VERSION");
    if (!urls.some((u) => u.endsWith(all))) {
      urls.push(all);
    }
    caches.open(name)
      .then((c) => Promise.all(urls.map((url) => c.match(url).then((hit) => hit || c.add(url)))))
      .catch(() => {});
  }
  // 4. "Embed this race": the copy button, and the live preview's own
  //    height (posted by the embed at 375 px) into the snippet, so the
  //    host page keeps the embed's real height from the first paint.
  document.addEventListener("click", function (e) {
    const button = e.target.closest && e.target.closest("[data-copy]");
    if (!button) {
      return;
    }
    const field = document.getElementById(button.getAttribute("data-copy"));
    const status = document.getElementById("embed-copied");
    const done = function () {
      if (status) {
        status.textContent = button.getAttribute("data-copied") || "";
      }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
    } else {
      field.select();
    }
  });
  window.addEventListener("message", function (e) {
    let d = e.data;
    if (typeof d === "string") {
      try { d = JSON.parse(d); } catch (x) { return; }
    }
    const preview = document.getElementById("embed-preview");
    if (!d || d.type !== "recount:height" || !preview || preview.contentWindow !== e.source) {
      return;
    }
    preview.style.height = d.height + "px";
    const code = document.getElementById("embed-code");
    if (code) {
      code.value = code.value.replace(/ height="\d+"/, ' height="' + d.height + '"');
    }
  });

  if ("PerformanceObserver" in window) {
    new PerformanceObserver(function (list) {
      for (const e of list.getEntries()) {
        if (e.name === "app-ready") {
          root.classList.remove("stale");
          cacheWasm();
        }
      }
    }).observe({ type: "mark", buffered: true });
  }

  // The handout: a print button prints the page (Ctrl+P gives the same).
  document.addEventListener("click", function (e) {
    const b = e.target.closest && e.target.closest("[data-print]");
    if (b) {
      e.preventDefault();
      window.print();
    }
  });
  // 5. The link to the page in the other language loads that page afresh,
  //    prerendered by the server in its language: go-app would follow it
  //    inside the running page, whose routes are those of the address it
  //    was loaded at (a preset's own path is routed only there). Stopping
  //    the click here keeps it from go-app's handler on the window; the
  //    browser then follows the link itself.
  //    The teacher's guide and the glossary are pages without the wasm
  //    (server: withoutWasm): the browser loads them too.
  document.addEventListener("click", function (e) {
    const a = e.target.closest && e.target.closest("a[href]");
    if (a && (a.id === "lang-link" || (a.origin === location.origin && /\/(teach|glossary)$/.test(a.pathname)))) {
      e.stopPropagation();
    }
  });
})();
