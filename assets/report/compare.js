/* kubesim bench --compare --report: one bar chart per metric, profiles side by side (uPlot bars). No network. */
(function () {
  'use strict';
  const D = JSON.parse(document.getElementById('kubesim-compare').textContent);
  const COLOURS = ['#3a8fd9', '#d94141', '#3aa55d', '#f2b134', '#8e5bd9', '#555', '#b5651d', '#17becf'];
  const box = document.getElementById('charts');
  const xs = D.profiles.map((_, i) => i);
  const charts = [];
  for (const m of D.metrics) {
    const div = document.createElement('div'); div.className = 'chart'; box.append(div);
    const bars = uPlot.paths.bars({ size: [0.6, 80] });
    const opts = {
      title: m.name + (m.unit ? ' (' + m.unit + ')' : ''), width: 380, height: 220, legend: { show: false },
      scales: { x: { time: false, range: [-0.5, D.profiles.length - 0.5] }, y: { range: (u, lo, hi) => [Math.min(0, lo), hi > 0 ? hi * 1.1 : 1] } },
      axes: [{ splits: () => xs, values: (u, vs) => vs.map((v) => D.profiles[v] ?? '') }, {}],
      series: [{}, { label: m.name, paths: bars, points: { show: false }, stroke: '#333', fill: (u) => COLOURS[0] + 'cc' }],
    };
    charts.push(new uPlot(opts, [xs, m.values.slice()], div));
    const note = document.createElement('div'); note.className = 'note';
    note.textContent = (m.higherIsBetter ? 'higher is better' : 'lower is better') + ': ' + D.profiles.map((p, i) => p + ' ' + m.values[i]).join(', ');
    div.append(note);
  }
  /* For tests: what each chart plots. */
  globalThis.kubesimCompare = { data: D, charts: charts.map((c) => ({ title: c.root.querySelector('.u-title').textContent, values: Array.from(c.data[1]) })) };
})();
