import fc from 'fast-check';
import { fuzzCase } from './arbitraries.js';
import { DEFAULT_SETTLE_MS } from '../invariants/replicasConverge.js';
import { addCoverage, emptyCoverage } from './coverage.js';
import { applyCase } from './materialize.js';
import { buildSetup } from './plugins.js';
import { runOnPool } from './pool.js';
import { runDoc } from './runCase.js';
import { operationalDef } from '../invariants/operational/index.js';
import { CHAOS_KINDS } from './commands.js';
/** Faults and operations per case unless --max-ops says otherwise. */
export const DEFAULT_MAX_OPS = 5;
import { runCases } from './worker.js';
/** The space of variations for a base: faults before the settle time so convergence is judged. */
export function fuzzSpace(base, kinds, maxOps, settle = DEFAULT_SETTLE_MS, keepNodes = false) {
    const maxAt = base.until > settle ? base.until - settle : Math.floor(base.until / 2);
    // Operational invariants ask about the user's own cluster: never fewer nodes than it has (removeNode and node faults
    // take them away).
    const nodeMins = keepNodes ? base.nodeGroups.map((c, i) => Math.max(c, base.nodeMins[i] ?? 1)) : base.nodeMins;
    return { nodeGroups: base.nodeGroups, nodeMins, kinds, maxAt, maxOps, behaviorRules: base.behaviorRules,
        ...(base.vary ? { vary: base.vary } : {}) };
}
const fails = (base, setup) => (c) => runDoc(applyCase(base, c), 'fuzz-case.yaml', setup, undefined, true).violations.length > 0;
/**
 * Runs `runs` variations of the user's scenario and, on a violation, shrinks the first failing
 * case (lowest index) with fast-check, then drops manifests and timeline entries one at a time
 * while a violation of the same invariant remains.
 */
export async function fuzz(base, o) {
    const setup = await buildSetup(o.setup);
    const operational = setup.invariants.some((i) => operationalDef(i.name) !== undefined);
    const arb = fuzzCase(fuzzSpace(base, o.kinds ?? CHAOS_KINDS, o.maxOps ?? DEFAULT_MAX_OPS, o.setup.settle, operational));
    const shard = o.shard ?? { index: 0, count: 1 };
    const params = { seed: o.seed, numRuns: o.runs };
    let failures = [];
    let executed = 0;
    const coverage = emptyCoverage();
    let startPath = o.path;
    if (startPath === undefined) {
        const cases = sampleAsChecked(arb, params);
        const mine = [];
        cases.forEach((c, i) => { if (i % shard.count === shard.index)
            mine.push([i, c]); });
        const total = mine.length;
        const workers = Math.max(1, o.workers ?? 1);
        const results = [];
        const task = (slice) => ({ base, setup: o.setup, cases: slice });
        if (workers === 1) {
            for (const entry of mine) {
                results.push(...(await runCases(task([entry]))));
                executed++;
                o.onProgress?.(executed, total);
            }
        }
        else {
            if (!o.workerFile)
                throw new Error('fuzz: workers > 1 needs workerFile (the compiled dist/src/fuzz/worker.js)');
            const size = Math.max(1, Math.ceil(total / (workers * 8)));
            const tasks = [];
            for (let i = 0; i < total; i += size)
                tasks.push(task(mine.slice(i, i + size)));
            for (const r of await runOnPool(o.workerFile, workers, tasks, (r) => { executed += r.length; o.onProgress?.(executed, total); }))
                results.push(...r);
        }
        for (const r of results)
            addCoverage(coverage, r.coverage);
        failures = results.filter((r) => r.violations.length > 0).sort((a, b) => a.index - b.index).map((r) => ({ index: r.index, violations: r.violations }));
        if (failures.length)
            startPath = String(failures[0].index);
    }
    const report = { seed: o.seed, runs: o.runs, shard, executed, failures, coverage };
    if (startPath === undefined || o.shrink === false)
        return report;
    const check = fc.check(fc.property(arb, (c) => !fails(base, setup)(c)), { ...params, path: startPath, endOnFailure: false });
    if (!check.failed || !check.counterexample)
        return report;
    const shrunk = check.counterexample[0];
    let firstCase;
    fc.check(fc.property(arb, (c) => { firstCase ??= c; return true; }), { ...params, path: startPath.split(':')[0] });
    const first = runDoc(applyCase(base, shrunk), 'fuzz-case.yaml', setup).violations[0];
    if (!first)
        throw new Error('fuzz: the shrunk case no longer fails; the simulation is not deterministic (please report it)');
    const doc = minimizeDoc(applyCase(base, shrunk), (d) => {
        try {
            return runDoc(d, 'fuzz-case.yaml', setup).violations.some((v) => v.invariant === first.invariant);
        }
        catch {
            return false;
        }
    });
    const final = runDoc(doc, 'fuzz-case.yaml', setup);
    const firstIndex = /^\d+$/.test(startPath) ? Number(startPath) : undefined;
    return {
        ...report,
        counterexample: {
            case: shrunk, path: check.counterexamplePath ?? startPath, shrinks: check.numShrinks, doc,
            violations: final.violations, story: final.story,
            first: { ...(firstIndex !== undefined ? { index: firstIndex } : {}),
                ops: firstCase?.ops.length ?? shrunk.ops.length },
        },
    };
}
/**
 * The values fc.check generates for this seed, in order: drawn through fc.check itself so that
 * the i-th case is exactly the one `path: "i"` replays (fc.sample wraps the arbitrary differently).
 */
export function sampleAsChecked(arb, params) {
    const out = [];
    fc.check(fc.property(arb, (c) => { out.push(c); return true; }), { ...params, endOnFailure: true });
    return out;
}
/**
 * A timeline without the entry that stood at `from`, then the same with one later chaos entry's
 * pick moved by one: an entry that removed or added a node shifted the candidates after it in
 * name order, so the entry that still matters may need its neighbour's pick once it is gone.
 */
function repicked(rest, from) {
    const out = [rest];
    for (let j = from; j < rest.length; j++) {
        const e = rest[j];
        if (e?.chaos?.pick === undefined)
            continue;
        for (const pick of [e.chaos.pick - 1, e.chaos.pick + 1])
            if (pick >= 0)
                out.push(rest.map((x, k) => (k === j ? { ...e, chaos: { ...e.chaos, pick } } : x)));
    }
    return out;
}
/**
 * Greedy one-at-a-time removal (the first pass of delta debugging) over the document's manifests,
 * timeline entries and behaviour rules: keep a removal when `stillFails` holds. Passes repeat until
 * none removes anything: dropping a behaviour rule (a varied start delay) can make a timeline
 * entry unnecessary that was needed before (found on examples/chaos/pdb-drain, seed 2).
 */
export function minimizeDoc(doc, stillFails) {
    let cur = doc, removed = true;
    while (removed) {
        removed = false;
        for (const field of ['manifests', 'timeline', 'behaviors']) {
            let i = 0;
            while (Array.isArray(cur[field]) && i < cur[field].length) {
                const list = cur[field];
                const rest = [...list.slice(0, i), ...list.slice(i + 1)];
                const next = (field === 'timeline' ? repicked(rest, i) : [rest]).map((l) => ({ ...cur, [field]: l }))
                    .find(stillFails);
                if (next) {
                    cur = next;
                    removed = true;
                }
                else
                    i++;
            }
        }
    }
    return cur;
}
