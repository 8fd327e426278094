/* kubesim report client: reads the embedded data, draws the curves with uPlot and the timeline,
   heat map and tables on canvases / virtualised lists. No network. `humanDuration` is injected
   from src/output/printers/humanDuration.ts so AGE prints as kubectl prints it. */
(function () {
  'use strict';
  const D = JSON.parse(document.getElementById('kubesim-data').textContent);
  const S = D.strings, P = D.pods, END = D.meta.end;
  const PHASE_COLOURS = { Pending: '#f2b134', Running: '#3a8fd9', Succeeded: '#3aa55d', Failed: '#d94141', Unknown: '#888' };
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, text) => { const e = document.createElement(tag); Object.assign(e, attrs || {}); if (text !== undefined) e.textContent = text; return e; };

  /* Virtual time as the CLI prints durations: 0s, 45s, 3m20s, 2h5m. */
  function vt(ms) {
    if (ms < 1000) return ms + 'ms';
    const s = Math.floor(ms / 1000); if (s < 60) return s + 's';
    const m = Math.floor(s / 60); if (m < 60) return s % 60 ? m + 'm' + (s % 60) + 's' : m + 'm';
    const h = Math.floor(m / 60); return m % 60 ? h + 'h' + (m % 60) + 'm' : h + 'h';
  }

  /* ---- per pod: its row changes, in time order ---- */
  const changesOf = new Array(P.name.length);
  for (const c of D.changes) (changesOf[c[0]] || (changesOf[c[0]] = [])).push(c);
  const podsOnNode = D.nodes.map(() => []);
  for (let i = 0; i < P.name.length; i++) if (P.node[i] >= 0) podsOnNode[P.node[i]].push(i);
  const barEnd = (i) => (P.ended[i] >= 0 ? P.ended[i] : P.deleted[i] >= 0 ? P.deleted[i] : END);

  /* ---- summary ---- */
  const sum = $('summary');
  for (const [k, v] of Object.entries(D.summary)) { const d = el('div', { className: 'stat' }); d.append(el('b', {}, String(v)), el('span', {}, k)); sum.append(d); }
  $('meta').textContent = `scenario ${D.meta.scenario} · seed ${D.meta.seed} · log hash ${D.meta.hash} · ${D.meta.facts} facts · virtual time ${vt(END)}`;

  /* ---- curves (uPlot) ---- */
  const xs = D.curves.t.map((t) => t / 1000);
  const axisX = { values: (u, vals) => vals.map((v) => vt(v * 1000)) };
  function chart(id, title, series) {
    const box = $(id); if (!box) return;
    const opts = { title, width: Math.max(320, box.clientWidth || 600), height: 220, scales: { x: { time: false } }, axes: [axisX, {}],
      series: [{ label: 'time', value: (u, v) => (v == null ? '' : vt(v * 1000)) }].concat(series.map((s) => ({ label: s.label, stroke: s.colour, width: 1.5, dash: s.dash }))) };
    new uPlot(opts, [xs].concat(series.map((s) => s.data)), box);
  }
  chart('c-phases', 'Pods by phase', Object.keys(D.curves.phases).map((p) => ({ label: p, colour: PHASE_COLOURS[p], data: D.curves.phases[p] })));
  chart('c-pending', 'Pending queue (pods without a node)', [{ label: 'pending', colour: '#f2b134', data: D.curves.pending }]);
  const rq = D.curves.requested, al = D.curves.allocatable;
  chart('c-cpu', 'CPU cores: requested vs allocatable', [{ label: 'requested', colour: '#3a8fd9', data: rq.cpu }, { label: 'allocatable', colour: '#555', dash: [4, 4], data: al.cpu }]);
  chart('c-mem', 'Memory GiB: requested vs allocatable', [{ label: 'requested', colour: '#8e5bd9', data: rq.memory }, { label: 'allocatable', colour: '#555', dash: [4, 4], data: al.memory }]);
  if (al.gpu.some((v) => v > 0)) chart('c-gpu', 'GPUs (nvidia.com/gpu): requested vs allocatable', [{ label: 'requested', colour: '#3aa55d', data: rq.gpu }, { label: 'allocatable', colour: '#555', dash: [4, 4], data: al.gpu }]);
  else $('c-gpu').textContent = 'No node offers nvidia.com/gpu.';
  const reps = Object.entries(D.curves.replicas);
  if (reps.length) {
    const colours = ['#3a8fd9', '#d94141', '#3aa55d', '#f2b134', '#8e5bd9', '#16a2a2', '#b5651d', '#555'];
    chart('c-replicas', 'Replicas (solid: ready / current, dashed: desired)', reps.flatMap(([k, s], n) => [
      { label: k + ' ready', colour: colours[n % colours.length], data: s.ready },
      { label: k + ' desired', colour: colours[n % colours.length], dash: [4, 4], data: s.desired }]));
  } else $('c-replicas').textContent = 'No Deployment, StatefulSet or HPA.';

  /* ---- heat map: node x sample, CPU requested / allocatable ---- */
  (function heat() {
    const c = $('heat'), N = D.nodes.length, T = xs.length;
    if (!N) return;
    const rows = Math.min(N, 400), per = Math.ceil(N / rows);
    c.width = T; c.height = Math.ceil(N / per);
    const ctx = c.getContext('2d'), img = ctx.createImageData(c.width, c.height);
    for (let r = 0; r < c.height; r++) for (let t = 0; t < T; t++) {
      let v = 0; for (let n = r * per; n < Math.min(N, (r + 1) * per); n++) v = Math.max(v, D.curves.heat[t * N + n]);
      const f = Math.min(1, v / 100), o = (r * T + t) * 4;
      img.data[o] = 255 * f; img.data[o + 1] = 80 + 120 * (1 - f); img.data[o + 2] = 255 * (1 - f); img.data[o + 3] = v > 0 ? 255 : 40;
    }
    ctx.putImageData(img, 0, 0);
    $('heat-note').textContent = per > 1 ? `${N} nodes, ${per} per row (the busiest shown)` : `${N} nodes, one per row`;
  })();

  /* ---- Gantt: one row per node, a bar per pod, virtualised by scroll ---- */
  const ROW = 22, LABEL = 120, LANES = 5;
  const gBox = $('gantt-box'), gc = $('gantt'), gSpacer = $('gantt-spacer');
  gc.dataset.rows = String(D.nodes.length);
  gSpacer.style.height = D.nodes.length * ROW + 'px';
  let cursor = -1;
  function drawGantt() {
    const w = gBox.clientWidth, h = Math.min(gBox.clientHeight, D.nodes.length * ROW);
    gc.width = w; gc.height = h; gc.style.top = gBox.scrollTop + 'px';
    const ctx = gc.getContext('2d'), x = (t) => LABEL + ((w - LABEL - 4) * t) / Math.max(1, END);
    ctx.font = '11px sans-serif'; ctx.textBaseline = 'middle';
    const first = Math.floor(gBox.scrollTop / ROW), last = Math.min(D.nodes.length, first + Math.ceil(h / ROW) + 1);
    for (let n = first; n < last; n++) {
      const y = (n - first) * ROW - (gBox.scrollTop % ROW);
      ctx.fillStyle = n % 2 ? '#f7f7f7' : '#fff'; ctx.fillRect(0, y, w, ROW);
      ctx.fillStyle = '#333'; ctx.fillText(D.nodes[n], 2, y + ROW / 2, LABEL - 6);
      const pods = podsOnNode[n], lanes = Math.min(LANES, Math.max(1, pods.length)), lane = (ROW - 4) / lanes;
      for (let k = 0; k < pods.length; k++) {
        const i = pods[k], ch = changesOf[i] || [], e = barEnd(i), ly = y + 2 + (k % lanes) * lane;
        let t0 = P.bound[i];
        for (let c = 0; c <= ch.length; c++) {
          const next = c < ch.length ? Math.max(P.bound[i], ch[c][1]) : e;
          if (next > t0) { const prev = c > 0 ? S[ch[c - 1][6]] : 'Pending'; ctx.fillStyle = PHASE_COLOURS[prev] || '#888'; ctx.fillRect(x(t0), ly, Math.max(1, x(next) - x(t0)), Math.max(1, lane - 1)); }
          t0 = Math.max(t0, next);
        }
      }
    }
    for (const m of D.podMarks) {
      const n = P.node[m[0]]; if (n < first || n >= last) continue;
      const y = (n - first) * ROW - (gBox.scrollTop % ROW);
      ctx.fillStyle = m[2] === 'evict' ? '#000' : m[2] === 'oom' ? '#d94141' : m[2] === 'restart' ? '#b5651d' : '#8e5bd9';
      ctx.fillRect(x(m[1]) - 1, y, 2, ROW);
    }
    for (const m of D.nodeMarks) {
      if (m[0] < first || m[0] >= last) continue;
      const y = (m[0] - first) * ROW - (gBox.scrollTop % ROW);
      ctx.fillStyle = m[2] === 'NodeLost' ? 'rgba(217,65,65,0.9)' : 'rgba(58,165,93,0.9)';
      ctx.beginPath(); ctx.moveTo(x(m[1]), y); ctx.lineTo(x(m[1]) + 5, y + ROW / 2); ctx.lineTo(x(m[1]), y + ROW); ctx.fill();
    }
    if (cursor >= 0) { ctx.fillStyle = 'rgba(0,0,0,0.6)'; ctx.fillRect(x(cursor), 0, 1, h); }
  }
  gBox.addEventListener('scroll', () => requestAnimationFrame(drawGantt));
  window.addEventListener('resize', () => requestAnimationFrame(drawGantt));
  drawGantt();

  /* ---- virtualised tables ---- */
  function virtualTable(box, header, rowCount, rowAt) {
    const RH = 18;
    box.innerHTML = '';
    const head = el('div', { className: 'vrow head' }, header);
    const scroller = el('div', { className: 'vscroll' }), spacer = el('div'), body = el('pre', { className: 'vbody' });
    scroller.append(spacer, body); box.append(head, scroller);
    spacer.style.height = rowCount * RH + 'px';
    const draw = () => {
      const first = Math.floor(scroller.scrollTop / RH), n = Math.ceil(scroller.clientHeight / RH) + 2;
      body.style.top = first * RH + 'px';
      const lines = []; for (let r = first; r < Math.min(rowCount, first + n); r++) lines.push(rowAt(r));
      body.textContent = lines.join('\n');
    };
    scroller.addEventListener('scroll', () => requestAnimationFrame(draw));
    draw();
  }
  const pad = (cells, widths) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('');
  function columns(header, rows) {
    const widths = header.map((h, i) => Math.max(6, h.length + 3, ...rows.map((r) => String(r[i]).length + 3)));
    return { head: pad(header, widths), line: (r) => pad(r.map(String), widths) };
  }

  /* ---- time slider: `kubectl get pods -A -o wide` at an instant ---- */
  function podsAt(t) {
    const rows = [];
    for (let i = 0; i < P.name.length; i++) {
      if (P.created[i] > t || (P.deleted[i] >= 0 && P.deleted[i] <= t)) continue;
      const ch = changesOf[i]; if (!ch) continue;
      let c = null; for (const x of ch) { if (x[1] <= t) c = x; else break; }
      if (!c) continue;
      const restarts = c[4] ? (c[5] >= 0 ? `${c[4]} (${humanDuration(t - c[5])} ago)` : String(c[4])) : '0';
      rows.push([S[P.namespace[i]], P.name[i], S[c[3]], S[c[2]], restarts, humanDuration(t - P.created[i]), S[c[7]],
        P.node[i] >= 0 && P.bound[i] <= t ? D.nodes[P.node[i]] : '<none>', '<none>', '<none>']);
    }
    rows.sort((a, b) => (a[0] + '/' + a[1] < b[0] + '/' + b[1] ? -1 : 1));
    return rows;
  }
  const HEAD = ['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'];
  const slider = $('slider');
  slider.max = String(END);
  function setTime(t) {
    cursor = t; slider.value = String(t);
    const rows = podsAt(t), cols = columns(HEAD, rows.slice(0, 2000));
    $('slider-time').textContent = `at ${vt(t)} (${new Date(D.meta.startTime + t).toISOString()}): ${rows.length} pods`;
    virtualTable($('pods-at'), cols.head, rows.length, (r) => cols.line(rows[r]));
    drawGantt();
    return rows;
  }
  slider.addEventListener('input', () => setTime(Number(slider.value)));
  setTime(END);

  /* ---- events: filterable, searchable ---- */
  const EV_HEAD = ['TIME', 'TYPE', 'REASON', 'OBJECT', 'COUNT', 'MESSAGE'];
  function drawEvents() {
    const q = $('ev-search').value.toLowerCase(), type = $('ev-type').value;
    const rows = D.events.filter((e) => (!type || e[1] === type) && (!q || (e[2] + ' ' + e[3] + ' ' + e[4]).toLowerCase().includes(q)))
      .map((e) => [vt(e[0]), e[1], e[2], e[3], String(e[5]), e[4]]);
    const cols = columns(EV_HEAD, rows.slice(0, 2000));
    $('ev-count').textContent = `${rows.length} shown of ${D.eventsTotal} events${D.eventsTotal > D.events.length ? ` (${D.events.length} kept; Warnings first)` : ''}`;
    virtualTable($('events'), cols.head, rows.length, (r) => cols.line(rows[r]));
  }
  $('ev-search').addEventListener('input', drawEvents);
  $('ev-type').addEventListener('change', drawEvents);
  drawEvents();

  /* For tests and scripting: the data behind what is drawn. */
  window.kubesimReport = {
    data: D, setTime, ganttRows: () => Number(gc.dataset.rows),
    bar: (name, namespace) => {
      const i = P.name.findIndex((n, k) => n === name && S[P.namespace[k]] === (namespace || 'default'));
      return i < 0 ? null : { node: P.node[i] >= 0 ? D.nodes[P.node[i]] : null, start: P.bound[i], end: barEnd(i) };
    },
  };
})();
