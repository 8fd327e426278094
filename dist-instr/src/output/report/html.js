import { formatDuration } from '../../api/time.js';
import { humanDuration } from '../printers/humanDuration.js';
export const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;',
    '"': '&quot;' })[c]);
/** JSON inside a <script> element: `</script>` and friends must not appear in it. */
const scriptJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
const scriptText = (s) => s.replace(/<\/script/gi, '<\\/script');
const CSS = `
body{font:13px/1.4 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header,section{margin:12px 16px;padding:10px 12px;background:#fff;border:1px solid #ddd;border-radius:6px}
h1{font-size:18px;margin:0 0 4px}h2{font-size:15px;margin:0 0 8px}
#summary{display:flex;flex-wrap:wrap;gap:8px}.stat{border:1px solid #e3e3e3;border-radius:4px;padding:4px ` +
    (`10px;min-width:90px}
.stat b{display:block;font-size:17px}.stat span{color:#666;font-size:11px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:10px}
#gantt-box{position:relative;height:420px;overflow:auto;border:1px solid #eee}#gantt{position:absolute;left:0}
#heat{width:100%;height:260px;image-rendering:pixelated;border:1px solid #eee}
.vrow.head{font:12px monospace;white-space:pre;font-weight:bold;padding:2px 4px;background:#f0f0f0;overflow:hidden}
.vscroll{position:relative;height:360px;overflow:auto;border:1px solid #eee}
.vbody{position:absolute;left:0;margin:0;padding:0 4px;font:12px/18px monospace;white-space:pre}
.legend span{display:inline-block;margin-right:12px}.legend ` +
        `i{display:inline-block;width:10px;height:10px;margin-right:4px}
#slider{width:100%}
table.cov{border-collapse:collapse}
table.cov td,table.cov th{padding:1px 8px;text-align:left;border-bottom:1px solid #eee}
.bar{display:inline-block;height:9px;background:#3a8fd9}.bad{color:#d94141}
`);
/** The failed `expect:` entries, as `kubesim check` prints them: the entry, expected, seen. */
function failedSection(data) {
    const failed = data.failedExpectations ?? [];
    if (!failed.length)
        return '';
    const items = failed.map((f) => `<li><b>${esc(f.label)}</b> at ${esc(formatDuration(f.at))}<br>expected: ` +
        `${esc(f.expected)}<br>seen: ${esc(f.seen)}</li>`).join('');
    return `\n<section id="failed-expectations"><h2>Failed expect: entries (${failed.length})</h2><ul>${items}</ul>` +
        '</section>';
}
/**
 * The self-contained HTML report: styles, uPlot, the client script and the data all inline, so
 * the file opens from disk with no network.
 */
export function reportHtml(data, assets, sections = '') {
    const title = `kubesim report: ${data.meta.scenario}`;
    const legend = Object.entries({ Pending: '#f2b134', Running: '#3a8fd9', Succeeded: '#3aa55d', Failed: '#d94141' })
        .map(([p, c]) => `<span><i style="background:${c}"></i>${p}</span>`).join('')
        + '<span><i style="background:#000"></i>eviction</span><span><i style="background:#d94141"></i>OOM kill</span>'
        + ('<span><i style="background:#b5651d"></i>restart</span><span><i style="background:#8e5bd9"></i>probe ' +
            'failure</span>')
        + '<span>&#9654; red: node lost, green: recovered</span>';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${assets.uplotCss}</style><style>${CSS}</style></head>
<body>
<header><h1>${esc(title)}</h1><div id="meta"></div><div id="summary"></div></header>${failedSection(data)}
${sections}<section><h2>Timeline: one row per node, one bar per pod</h2><div class="legend">${legend}</div>
<div id="gantt-box"><div id="gantt-spacer"></div><canvas id="gantt"></canvas></div></section>
<section><h2>Curves over virtual time</h2><div class="grid"><div id="c-phases"></div><div id="c-pending"></div><div ` +
        (`id="c-cpu"></div>
<div id="c-mem"></div><div id="c-gpu"></div><div id="c-replicas"></div></div></section>
<section><h2>CPU requested / allocatable per node (blue 0% to red 100%)</h2><canvas id="heat"></canvas><div ` +
            (`id="heat-note"></div></section>
<section><h2>kubectl get pods -A -o wide at an instant</h2><input id="slider" type="range" min="0" step="1000"><div ` +
                (`id="slider-time"></div><div id="pods-at"></div></section>
<section><h2>Events</h2><input id="ev-search" placeholder="search reason, object, message" size="40">
<select id="ev-type"><option value="">all types</option><option>Normal</option><option>Warning</option></select> ` +
                    `<span id="ev-count"></span>
<div id="events"></div></section>
<script>${scriptText(assets.uplotJs)}</script>
<script id="kubesim-data" type="application/json">${scriptJson(data)}</script>
<script>const humanDuration = ${humanDuration.toString()};</script>
<script>${scriptText(assets.clientJs)}</script>
</body></html>
`)));
}
