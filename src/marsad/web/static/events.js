// Events view: the timeline per PLOVER type drawn with the vendored uPlot from the JSON block
// #events-timeline. The table under <details> holds the same numbers for readers without charts.
"use strict";

(function () {
  const COLOURS = ["#0b5f7a", "#d1495b", "#edae49", "#00798c", "#30638e", "#6a4c93", "#8ac926", "#ff595e",
    "#1982c4", "#b5838d", "#e07a5f", "#3d405b", "#81b29a", "#f2cc8f", "#9c6644", "#118ab2"];

  function draw() {
    const box = document.getElementById("events-chart");
    const payload = marsad.data("events-timeline");
    if (!box || !payload || typeof uPlot === "undefined") return;
    const tl = payload.timeline;
    box.dataset.periods = String(tl.periods.length);
    if (!tl.periods.length) {
      box.classList.add("empty");
      box.textContent = "لا أحداث لرسمها.";
      return;
    }
    const xs = tl.periods.map(function (p) { return Date.parse(p + "T00:00:00Z") / 1000; });
    const data = [xs];
    const series = [{}];
    tl.types.forEach(function (t, i) {
      data.push(tl.series[t]);
      series.push({
        label: (payload.labels[t] || t) + " " + t, stroke: COLOURS[i % COLOURS.length], width: 2,
        points: { show: tl.periods.length < 60 },
      });
    });
    const opts = {
      width: Math.max(300, box.clientWidth || 800), height: 260, series: series,
      scales: { x: { time: true } },
      axes: [{}, { label: "أحداث" }],
      legend: { live: true },
    };
    box.textContent = "";
    const plot = new uPlot(opts, data, box);
    box.dataset.drawn = "1";
    box.dataset.series = String(tl.types.length);
    window.addEventListener("resize", function () {
      plot.setSize({ width: Math.max(300, box.clientWidth || 800), height: 260 });
    });
  }

  document.addEventListener("DOMContentLoaded", draw);
})();
