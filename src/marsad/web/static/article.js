// marsad article view: scroll the focused span into view; follow a fact's link inside the page.
// Loaded as a file (CSP: no inline scripts); reads only data-* attributes the server wrote.
"use strict";

(function () {
  function segmentsWithin(root, start, end) {
    return Array.prototype.filter.call(root.querySelectorAll("[data-start]"), function (el) {
      return Number(el.dataset.start) >= start && Number(el.dataset.end) <= end;
    });
  }

  function focusSpan(root, start, end) {
    root.querySelectorAll(".focus").forEach(function (el) { el.classList.remove("focus"); });
    const found = segmentsWithin(root, start, end);
    found.forEach(function (el) { el.classList.add("focus"); });
    if (found.length) found[0].scrollIntoView({ block: "center" });
    return found.length > 0;
  }

  document.addEventListener("DOMContentLoaded", function () {
    const text = document.getElementById("article-text");
    if (!text) return;
    const first = text.querySelector(".focus");
    if (first) first.scrollIntoView({ block: "center" });
    // a fact listed beside the text: focus its span here (and keep the permalink in the address bar)
    document.querySelectorAll(".article-side a[data-span]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        const m = /^(\d+)-(\d+)$/.exec(link.dataset.span || "");
        if (!m || event.ctrlKey || event.metaKey || event.shiftKey) return;
        if (!focusSpan(text, Number(m[1]), Number(m[2]))) return;
        event.preventDefault();
        const href = link.getAttribute("href");
        if (href && href.charAt(0) !== "#" && window.history && history.replaceState) history.replaceState(null, "", href);
      });
    });
  });
})();
