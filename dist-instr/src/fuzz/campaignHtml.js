import { formatDuration } from '../api/time.js';
import { esc } from '../output/report/html.js';
/** One row per kind: injected (as a bar against the most injected), skipped, without a target and why. */
function kindRows(kinds, most) {
    return Object.entries(kinds).map(([kind, o]) => `<tr><td>${esc(kind)}</td><td>${o.injected}</td>` +
        `<td><span class="bar" style="width:${Math.round((120 * o.injected) / Math.max(1, most))}px"></span></td>` +
        `<td>${o.skipped}</td><td${o.injected === 0 ? ' class="bad"' : ''}>${o.noTarget}` +
        `${o.injected === 0 && o.noTargetReason ? `: ${esc(o.noTargetReason)}` : ''}</td></tr>`).join('\n');
}
/**
 * The campaign as a section of the HTML report (`kubesim fuzz` writes report.html next to the
 * counterexample): cases, the first broken invariant, the counterexample in plain words and how
 * to replay it, and coverage (fault and operation outcomes, Kubernetes transitions reached).
 * The rest of the page is the counterexample's own run (timeline, curves, events).
 */
export function campaignSectionHtml(c) {
    const ce = c.counterexample;
    const all = { ...c.coverage.faults, ...c.coverage.operations };
    const most = Math.max(0, ...Object.values(all).map((o) => o.injected));
    const head = '<tr><th>kind</th><th>injected</th><th></th><th>skipped (not settled)</th><th>no target</th></tr>';
    const transitions = Object.entries(c.coverage.transitions).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const first = c.firstBroken;
    return `<section id="campaign"><h2>Chaos campaign</h2>
<p>${c.casesRun} cases run (seed ${c.seed}), <b${c.casesFailed ? ' class="bad"' : ''}>${c.casesFailed}</b> broke an ` +
        `invariant${first ? `; first broken: <b>${esc(first.invariant)}</b> in case ${first.case} at ` +
            `${formatDuration(first.at)}` : ''}.</p>
${ce ? `<h2>Counterexample in plain words (${ce.ops} fault${ce.ops === 1 ? '' : 's'} and operations, shrunk in ` +
            `${ce.shrinks} steps from ${ce.firstCaseOps})</h2>
<ol>${ce.story.map((l) => `<li>${esc(l)}</li>`).join('')}</ol>
<p>Replay: <code>kubesim run ${esc(ce.scenario ?? 'counterexample.yaml')} --log replay.jsonl</code> ` +
            `(same log as ${esc(ce.log ?? 'counterexample.jsonl')}); the timeline below is this run.</p>` : ''}
${c.nothingToAimAt ? '<p class="bad">Nothing to aim at: no fault or operation found a target in any case.</p>' : ''}
<h2>Coverage</h2><div class="grid"><div><table class="cov"><caption>faults</caption>${head}
${kindRows(c.coverage.faults, most)}</table></div><div><table class="cov"><caption>operations</caption>${head}
${kindRows(c.coverage.operations, most)}</table></div>
<div><table class="cov"><caption>Kubernetes transitions reached (${transitions.length})</caption>
<tr><th>fact, event or phase</th><th>cases</th></tr>
${transitions.map(([k, n]) => `<tr><td>${esc(k)}</td><td>${n}</td></tr>`).join('\n')}</table></div></div>
</section>
`;
}
