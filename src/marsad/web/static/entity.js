// Timelines of the entity page and the quote explorer: every element with data-timeline="ID" gets
// a uPlot chart of the JSON block ID ({unit: "day"|"month", rows: [{period, count, documents?}], label,
// label2?}). The table beside it (<details class="fallback">) stays for readers without scripts or charts.
"use strict";

window.marsad = window.marsad || {};

marsad.drawTimeline = function (el) {
  const data = marsad.data(el.dataset.timeline);
  if (!data || !data.rows || !data.rows.length || typeof uPlot === "undefined") return null;
  const xs = data.rows.map(function (r) {
    const iso = data.unit === "month" ? r.period + "-01" : r.period;
    return Date.parse(iso + "T00:00:00Z") / 1000;
  });
  const ys = data.rows.map(function (r) { return r.count; });
  const second = data.label2 ? data.rows.map(function (r) { return r.documents; }) : null;
  const width = Math.max(280, el.clientWidth || 600);
  const day = 86400;
  const step = data.unit === "month" ? 31 * day : day;
  const iso = function (ts) {
    const s = new Date(ts * 1000).toISOString();
    return data.unit === "month" ? s.slice(0, 7) : s.slice(0, 10);
  };
  const opts = {
    width: width, height: 220,
    // whole days in UTC, ISO dates on the axis and in the legend (one digit style per screen)
    scales: { x: { time: false, range: function (u, lo, hi) { return [lo - step, hi + step]; } },
              y: { range: function (u, lo, hi) { return [0, Math.max(1, hi) * 1.1]; } } },
    series: [{ label: "التاريخ", value: function (u, v) { return v == null ? "–" : iso(v); } },
             { label: data.label || "", stroke: "#0b5f7a", fill: "rgba(11,95,122,0.15)", width: 2,
               points: { show: data.rows.length < 60, size: 6 } }],
    axes: [{ space: 90, incrs: [day, 2 * day, 7 * day, 14 * day, 31 * day, 92 * day, 365 * day],
             values: function (u, splits) { return splits.map(iso); } },
           { size: 70 }],
    legend: { show: true },
  };
  const series = [xs, ys];
  if (second) {  // a second count per period (the entity page: documents beside mentions)
    opts.series.push({ label: data.label2, stroke: "#c46a00", width: 2, dash: [6, 4],
                       points: { show: data.rows.length < 60, size: 5 } });
    series.push(second);
  }
  el.classList.add("drawn");
  return new uPlot(opts, series, el);
};

document.addEventListener("DOMContentLoaded", function () {
  const plots = [];
  document.querySelectorAll("[data-timeline]").forEach(function (el) {
    const plot = marsad.drawTimeline(el);
    if (plot) plots.push([el, plot]);
  });
  // follow the width of the page (a phone turned, a window resized)
  let pending = null;
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      plots.forEach(function (p) { p[1].setSize({ width: Math.max(280, p[0].clientWidth), height: 220 }); });
    }, 100);
  });
});
