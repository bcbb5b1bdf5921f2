// Quote explorer: changing the kind or the display (one row per quote / per statement) applies
// the filters at once; the timeline itself is drawn by entity.js.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  const form = document.getElementById("quote-filters");
  if (!form) return;
  form.querySelectorAll("select").forEach(function (sel) {
    sel.addEventListener("change", function () { form.requestSubmit(); });
  });
});
