// Timelines of the entity page and the quote explorer: every element with data-timeline="ID" gets
// a uPlot chart of the JSON block ID ({unit: "day"|"month", rows: [{period, count}], label}). The
// table beside it (<details class="fallback">) stays for readers without scripts or charts.
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
  const width = Math.max(280, el.clientWidth || 600);
  const opts = {
    width: width, height: 220,
    tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"); },
    scales: { x: { time: true } },
    series: [{}, { label: data.label || "", stroke: "#0b5f7a", fill: "rgba(11,95,122,0.15)", width: 2,
                   points: { show: data.rows.length < 60 } }],
    axes: [{}, { size: 50 }],
    legend: { show: true },
  };
  el.classList.add("drawn");
  return new uPlot(opts, [xs, ys], el);
};

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-timeline]").forEach(function (el) { marsad.drawTimeline(el); });
});
