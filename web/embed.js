// Recount Explainer: sizes its embeds on a host page. No dependencies;
// nothing is read from or sent about the host.
(function () {
  "use strict";
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (typeof d === "string") {
      try { d = JSON.parse(d); } catch (x) { return; }
    }
    if (!d || d.type !== "recount:height" || typeof d.height !== "number") {
      return;
    }
    var frames = document.querySelectorAll("iframe[data-recount-embed]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.max(0, Math.round(d.height)) + "px";
      }
    }
  });
})();
