// marsad workspace: behaviour shared by every view. No inline scripts exist (CSP); data for charts
// and networks comes in <script type="application/json"> blocks, which the browser never runs.
"use strict";

window.marsad = window.marsad || {};

// The JSON inside a data block, or null.
marsad.data = function (id) {
  const el = document.getElementById(id);
  return el ? JSON.parse(el.textContent) : null;
};

// Switch an article layer's highlighting on and off: <input type="checkbox" data-layer="entities"
// data-target="article-text"> toggles the class show-entities on the target element.
marsad.bindLayerToggles = function (root) {
  root.querySelectorAll("input[data-layer]").forEach(function (box) {
    const target = document.getElementById(box.dataset.target || "article-text");
    if (!target) return;
    const apply = function () { target.classList.toggle("show-" + box.dataset.layer, box.checked); };
    box.addEventListener("change", apply);
    apply();
  });
};

document.addEventListener("DOMContentLoaded", function () { marsad.bindLayerToggles(document); });
document.body && document.body.addEventListener("htmx:afterSwap", function (e) { marsad.bindLayerToggles(e.target); });
