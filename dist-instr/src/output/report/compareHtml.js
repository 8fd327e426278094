const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;',
    '"': '&quot;' })[c]);
const scriptJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c');
const scriptText = (s) => s.replace(/<\/script/gi, '<\\/script');
/**
 * `kubesim bench --compare ... --report FILE`: the profiles side by side, one uPlot bar chart per
 * metric of the text table, self-contained (uPlot, styles, data and script inline).
 */
export function compareHtml(data, assets) {
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(data.title)}</title><style>${assets.uplotCss}</style>
<style>body{font:13px/1.4 system-ui,sans-serif;margin:16px;color:#222}
#charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:12px}
.chart{border:1px solid #ddd;border-radius:6px;padding:6px}.note{color:#666;font-size:11px}</style></head>
<body><h1>${esc(data.title)}</h1><p>Profiles: ${data.profiles.map(esc).join(', ')}</p><div id="charts"></div>
<script>${scriptText(assets.uplotJs)}</script>
<script id="kubesim-compare" type="application/json">${scriptJson(data)}</script>
<script>${scriptText(assets.compareJs)}</script>
</body></html>
`;
}
