import { formatDuration } from '../api/time.js';
import { CHAOS_FAULTS, CHAOS_OPERATIONS } from '../scenario/types.js';
import { caseSize } from './materialize.js';
const pick = (kinds, names) => Object.fromEntries(names.filter((n) => kinds[n]).map((n) => [n, kinds[n]]));
/** Builds the campaign report from a fuzz report (and where the counterexample was written). */
export function campaignReport(r, written) {
    const ce = r.counterexample;
    const first = r.failures[0];
    const kinds = r.coverage.kinds;
    const noTarget = Object.entries(kinds).filter(([, o]) => o.injected === 0 && o.noTarget > 0)
        .map(([kind, o]) => ({ kind, reason: o.noTargetReason ?? 'no target' }));
    const injected = Object.values(kinds).reduce((n, o) => n + o.injected, 0);
    return {
        seed: r.seed, runs: r.runs, shard: r.shard, casesRun: r.executed, casesFailed: r.failures.length,
        failures: r.failures,
        ...(first ? { firstBroken: { invariant: first.violations[0].invariant, case: first.index,
                at: first.violations[0].at, message: first.violations[0].message } } : {}),
        ...(ce ? {
            counterexample: {
                path: ce.path, shrinks: ce.shrinks, firstCaseOps: ce.first.ops, ops: ce.case.ops.length, size: caseSize(ce.doc),
                story: ce.story,
                violations: ce.violations.map((v) => ({ invariant: v.invariant, at: v.at, message: v.message })),
                ...(written ?? {}),
            },
        } : {}),
        coverage: { faults: pick(kinds, CHAOS_FAULTS), operations: pick(kinds, CHAOS_OPERATIONS),
            transitions: r.coverage.transitions },
        noTarget,
        nothingToAimAt: r.executed > 0 && Object.keys(kinds).length > 0 && injected === 0,
    };
}
const outcomeText = (kind, o) => {
    const more = [...(o.skipped ? [`${o.skipped} skipped, cluster not settled`] : []),
        ...(o.noTarget ? [`${o.noTarget} without a target`] : [])];
    return `${kind} ${o.injected}${more.length ? ` (${more.join(', ')})` : ''}`;
};
/** The campaign report as text lines (what `kubesim fuzz` prints after the counterexample). */
export function campaignText(c) {
    const lines = [];
    lines.push(`campaign: ${c.casesRun} cases run, ${c.casesFailed} broke an invariant${c.firstBroken ? `; first broken: ` +
        `${c.firstBroken.invariant} (case ${c.firstBroken.case}, at ${formatDuration(c.firstBroken.at)})` : ''}`);
    if (c.counterexample?.story.length) {
        lines.push('counterexample in plain words:');
        for (const l of c.counterexample.story)
            lines.push(`  ${l}`);
    }
    if (c.nothingToAimAt)
        lines.push(`nothing to aim at: no fault or operation found a target in ${c.casesRun} cases (${c.noTarget.map((n) => `` +
            `${n.kind}: ${n.reason}`).join('; ')})`);
    else
        for (const n of c.noTarget)
            lines.push(`${n.kind} found no target in any case: ${n.reason}`);
    const f = Object.entries(c.coverage.faults), o = Object.entries(c.coverage.operations);
    lines.push(`coverage (injected per kind):`);
    lines.push(`  faults:      ${f.length ? f.map(([k, x]) => outcomeText(k, x)).join(', ') : 'none'}`);
    lines.push(`  operations:  ${o.length ? o.map(([k, x]) => outcomeText(k, x)).join(', ') : 'none'}`);
    const t = Object.entries(c.coverage.transitions).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    lines.push(`  transitions: ${t.length} reached (cases): ${t.map(([k, n]) => `${k} ${n}`).join(', ')}`);
    return lines;
}
