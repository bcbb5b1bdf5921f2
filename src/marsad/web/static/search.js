// Search and Compare: draw the attention-over-time chart (uPlot) from the JSON data block
// #search-timeline; a count/share switch redraws it. Without JS the table beside it shows the same.
"use strict";

(function () {
  const INTEGER_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000];
  const COLOURS = ["#0b5f7a", "#d1495b", "#edae49", "#66a182", "#8d6cab", "#00798c", "#b5651d", "#444444"];

  function draw(box, line, metric) {
    box.textContent = "";
    if (!line || !line.buckets || !line.buckets.length || typeof uPlot === "undefined") return null;
    const xs = line.buckets.map(function (b) { return Date.parse(b + "T00:00:00Z") / 1000; });
    const data = [xs];
    const series = [{
      label: "التاريخ",
      value: function (u, v) { return v === null || v === undefined ? "–" : new Date(v * 1000).toISOString().slice(0, 10); },
    }];
    line.series.forEach(function (s, i) {
      const ys = metric === "share"
        ? s.shares.map(function (v) { return v === null ? null : Math.round(v * 10000) / 100; })
        : s.counts;
      data.push(ys);
      series.push({
        label: s.q || "الكل", stroke: COLOURS[i % COLOURS.length], width: 2,
        points: { show: xs.length < 60 },
        value: function (u, v) { return v === null || v === undefined ? "–" : (metric === "share" ? v + "%" : String(v)); },
      });
    });
    const width = Math.max(280, box.clientWidth || 600);
    const opts = {
      width: width, height: 240, series: series,
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"); },
      axes: [{}, metric === "share" ? { label: "%", size: 50 } : { size: 50, incrs: INTEGER_STEPS }],
      cursor: { drag: { x: false, y: false } },
    };
    return new uPlot(opts, data, box);
  }

  function setup() {
    const box = document.getElementById("attention-chart");
    if (!box) return;
    const line = marsad.data(box.dataset.source || "search-timeline");
    let metric = "count";
    let plot = draw(box, line, metric);
    box.classList.toggle("drawn", !!plot);
    const switcher = document.querySelector(".metric-switch");
    if (switcher && plot) {
      switcher.hidden = false;
      switcher.querySelectorAll("input[name=metric]").forEach(function (radio) {
        radio.addEventListener("change", function () {
          if (!radio.checked) return;
          metric = radio.value;
          if (plot) plot.destroy();
          plot = draw(box, line, metric);
        });
      });
    }
    let last = box.clientWidth;
    window.addEventListener("resize", function () {
      if (!plot || Math.abs(box.clientWidth - last) < 20) return;
      last = box.clientWidth;
      plot.setSize({ width: Math.max(280, box.clientWidth), height: 240 });
    });
  }

  document.addEventListener("DOMContentLoaded", setup);
})();
