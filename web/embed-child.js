// embed-child.js: the embed's only script before a reader touches it.
// 1. It measures the embed (a ResizeObserver on its wrapper) and posts the
//    height to the host page in three dialects: our own JSON message with
//    the embed's id, NPR's pym.js (when the address has a childId) and AMP's
//    embed-size. The host's address and title are never read or sent.
// 2. On the first touch of the form, or the "make it live" button, it loads
//    go-app's scripts, which fetch the wasm and take the page over, keeping
//    what was typed.
// 3. It posts "ready", and "verdict-changed" whenever the answer changes,
//    for publishers who count them with their own analytics.
"use strict";
(function () {
  var params = new URLSearchParams(location.search);
  var id = params.get("id") || "";
  var childId = params.get("childId");
  var host = window.parent;
  var last = -1;
  function send(message) {
    if (host !== window) {
      host.postMessage(message, "*");
    }
  }
  function post() {
    var root = document.getElementById("explainer");
    if (!root) {
      return;
    }
    var h = Math.ceil(root.getBoundingClientRect().height);
    if (h === last) {
      return;
    }
    last = h;
    send(JSON.stringify({ type: "recount:height", id: id, height: h }));
    if (childId) {
      send("pymxPYMx" + childId + "xPYMxheightxPYMx" + h);
    }
    send({ sentinel: "amp", type: "embed-size", height: h });
  }
  var watched = null;
  var sizes = new ResizeObserver(post);
  function watch() {
    var root = document.getElementById("explainer");
    if (root && root !== watched) {
      if (watched) {
        sizes.unobserve(watched);
      }
      // The observer reports the first size once the page is laid out;
      // measuring here would force that layout inside this script's task.
      sizes.observe(root);
      watched = root;
    }
  }
  function verdict() {
    var v = document.getElementById("verdict");
    return v ? { eligible: v.getAttribute("data-eligible"), automatic: v.getAttribute("data-automatic") } : null;
  }
  var told = JSON.stringify(verdict());
  // go-app swaps the page's nodes when it takes over: watch the new wrapper,
  // and tell the host when the verdict changes.
  new MutationObserver(function () {
    watch();
    var now = JSON.stringify(verdict());
    if (now !== told) {
      told = now;
      send(JSON.stringify({ type: "recount:verdict-changed", id: id, verdict: verdict() }));
    }
  }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-eligible", "data-automatic"] });
  watch();
  send(JSON.stringify({ type: "recount:ready", id: id, verdict: verdict() }));

  // The folded form waits as markup in a <noscript> (nothing to lay out
  // before a reader wants it): put it in place when the form is unfolded.
  var folded = document.getElementById("embed-form");
  function unfold() {
    var markup = folded && folded.querySelector("noscript.folded-form");
    if (markup) {
      markup.insertAdjacentHTML("afterend", markup.textContent);
      markup.remove();
    }
  }
  if (folded) {
    // On the click that opens it (before it opens, so that it opens with
    // its form), and on any other way it comes open.
    folded.querySelector("summary").addEventListener("click", unfold);
    folded.addEventListener("toggle", function () {
      if (folded.open) {
        unfold();
      }
    });
    if (folded.open) {
      unfold(); // a reader who unfolded it before this script ran
    }
  }

  var me = document.currentScript;
  var started = false;
  function live() {
    if (started) {
      return;
    }
    started = true;
    var scripts = (me && me.getAttribute("data-scripts") || "").split(" ").filter(Boolean);
    (function next() {
      var src = scripts.shift();
      if (!src) {
        return;
      }
      var s = document.createElement("script");
      s.src = src;
      s.onload = next;
      document.head.appendChild(s);
    })();
  }
  document.addEventListener("focusin", function (e) {
    if (e.target.closest && e.target.closest("input, select, textarea")) {
      live();
    }
  });
  document.addEventListener("pointerdown", function (e) {
    if (e.target.closest && e.target.closest("input, select, textarea, form button")) {
      live();
    }
  });
  document.addEventListener("click", function (e) {
    if (e.target.id === "make-live") {
      live();
      if (folded) {
        folded.open = true;
        unfold();
      }
    }
  });
})();
