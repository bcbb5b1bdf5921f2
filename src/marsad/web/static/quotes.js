// Quote explorer: changing the kind, the display (one row per quote / per statement) or "carried by
// several articles" applies the filters at once; the timeline itself is drawn by entity.js.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  const form = document.getElementById("quote-filters");
  if (!form) return;
  form.querySelectorAll("select, input[type=checkbox]").forEach(function (sel) {
    sel.addEventListener("change", function () { form.requestSubmit(); });
  });
});
