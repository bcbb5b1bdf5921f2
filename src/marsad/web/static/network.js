// Network view: the actor graph from the JSON block #network-data drawn with the vendored
// cytoscape. Clicking a node shows its name and a link to its entity page beside the graph
// (built with DOM calls and textContent: names come from articles and are never parsed as HTML).
"use strict";

(function () {
  const TYPE_COLOURS = { PER: "#0b5f7a", ORG: "#d1495b", LOC: "#edae49" };

  function entityUrl(key) {
    return "/entity/" + encodeURIComponent(key).replace(/%3A/gi, ":").replace(/%2F/gi, "/");
  }

  function showSelected(node) {
    const box = document.getElementById("network-selected");
    if (!box) return;
    box.textContent = "";
    const p = document.createElement("p");
    const a = document.createElement("a");
    a.href = entityUrl(node.data("id"));
    a.textContent = node.data("name");
    a.className = "selected-entity";
    p.appendChild(a);
    if (node.data("name_en")) {
      const en = document.createElement("span");
      en.lang = "en";
      en.className = "muted";
      en.textContent = " " + node.data("name_en");
      p.appendChild(en);
    }
    const facts = document.createElement("p");
    facts.className = "muted";
    facts.textContent = node.data("type") + " · الوزن " + node.data("weight") + " · الروابط " + node.data("degree");
    box.appendChild(p);
    box.appendChild(facts);
  }

  function draw() {
    const box = document.getElementById("network-graph");
    const data = marsad.data("network-data");
    if (!box || !data || typeof cytoscape === "undefined") return;
    if (!data.nodes.length) {
      box.classList.add("empty");
      box.textContent = "لا شبكة بهذه المرشحات.";
      box.dataset.drawn = "0";
      return;
    }
    const maxWeight = Math.max.apply(null, data.nodes.map(function (n) { return n.weight; }));
    const maxCount = Math.max.apply(null, data.edges.map(function (e) { return e.count; }).concat([1]));
    const elements = [];
    data.nodes.forEach(function (n) {
      elements.push({ data: { id: n.key, name: n.name, name_en: n.name_en || "", type: n.type, weight: n.weight,
        degree: n.degree, size: 14 + 36 * Math.sqrt(n.weight / maxWeight),
        colour: TYPE_COLOURS[n.type] || "#8d99ae" } });
    });
    data.edges.forEach(function (e, i) {
      elements.push({ data: { id: "e" + i, source: e.source, target: e.target, kind: e.kind,
        label: e.kind === "event" ? e.label + " " + e.count : "", count: e.count,
        width: 1 + 5 * Math.sqrt(e.count / maxCount) } });
    });
    const cy = cytoscape({
      container: box, elements: elements, wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: { "background-color": "data(colour)", width: "data(size)", height: "data(size)",
          label: "data(name)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
          "font-family": "Noto Naskh Arabic, Noto Sans Arabic, sans-serif", color: "#1d2330" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#f0a500" } },
        { selector: "edge", style: { width: "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle",
          "line-color": "#2a7ab0", "target-arrow-color": "#2a7ab0", opacity: 0.55, "font-size": 8,
          label: "data(label)", color: "#7a1f1a", "text-rotation": "autorotate" } },
        { selector: "edge[kind = 'event']", style: { "line-color": "#b3261e", "target-arrow-color": "#b3261e" } },
      ],
      layout: data.layout === "concentric"
        ? { name: "concentric", concentric: function (n) { return n.data("weight"); }, levelWidth: function () { return 2; },
            animate: false }
        : { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 9000; },
            idealEdgeLength: function () { return 90; } },
    });
    cy.on("tap", "node", function (evt) { showSelected(evt.target); });
    box.dataset.drawn = String(cy.nodes().length);
    box.dataset.edgesDrawn = String(cy.edges().length);
    window.marsadNetwork = cy;
  }

  document.addEventListener("DOMContentLoaded", draw);
})();
