import { devicesFit, gpuMilliLeft, modelAccepts } from './gpuShare.js';
export const nodeState = (node) => ({
    cpuLeft: node.allocatable.cpu - node.requested.cpu,
    free: node.gpu?.free ?? [],
    model: node.gpu?.model ?? '',
});
/** frag.go's classes (FragRatioDataMap order). */
export const FRAG_CLASSES = ['q1_lack_both', 'q2_lack_gpu', 'q3_satisfied', 'q4_lack_cpu', 'xl_satisfied',
    'xr_lack_cpu', 'no_access'];
/** frag.go GetNodePodFrag: how a node stands toward one task shape. */
export function fragClass(n, s) {
    const cpuOk = n.cpuLeft >= s.cpu;
    if (s.milli === 0)
        return cpuOk ? 'xl_satisfied' : 'xr_lack_cpu';
    if (!modelAccepts(s.model, n.model))
        return 'no_access';
    if (devicesFit(n.free, s))
        return cpuOk ? 'q3_satisfied' : 'q4_lack_cpu';
    return cpuOk ? 'q2_lack_gpu' : 'q1_lack_both';
}
/**
 * frag.go NodeGpuShareFragAmount split by class: for each shape, the node's idle GPU milli
 * weighted by the shape's share. A shape the node can take (Q3) counts as fragment only the
 * milli on devices too small for it (GetGpuFragMilliByNodeResAndPodRes); for any other class
 * (the shape cannot run here, or runs without GPUs) all idle milli is fragment.
 */
export function nodeFragAmount(n, shapes, into) {
    const left = gpuMilliLeft(n.free);
    for (const s of shapes) {
        const c = FRAG_CLASSES.indexOf(fragClass(n, s));
        if (c !== 2) {
            into[c] += s.freq * left;
            continue;
        }
        let small = 0;
        for (const f of n.free)
            if (f < s.milli)
                small += f;
        into[1] += s.freq * small;
        into[2] += s.freq * (left - small);
    }
}
/** frag.go NodeGpuShareFragAmountScore: the node's fragment milli (every class but Q3). */
export function nodeFragMilli(n, shapes) {
    const left = gpuMilliLeft(n.free);
    if (left === 0)
        return 0;
    let frag = 0;
    for (const s of shapes) {
        if (s.milli === 0 || !modelAccepts(s.model, n.model) || n.cpuLeft < s.cpu
            || !devicesFit(n.free, s)) {
            frag += s.freq * left;
            continue;
        }
        let small = 0;
        for (const f of n.free)
            if (f < s.milli)
                small += f;
        frag += s.freq * small;
    }
    return frag;
}
/** Popularity threshold and step of the paper's runs (generate_config_and_run.py: 95, 1). */
export const TARGET_POPULARITY_PCT = 95;
/** resource.go PodResource.Less, used to order shapes of equal popularity. */
function shapeLess(a, b) {
    if (a.cpu !== b.cpu)
        return a.cpu < b.cpu;
    if (a.milli !== b.milli)
        return a.milli < b.milli;
    if (a.count !== b.count)
        return a.count < b.count;
    return a.model < b.model;
}
/**
 * frag.go GetTypicalPods (CPU-only tasks included, every task weighted 1): the workload's task
 * shapes, most popular first, taken one at a time until they cover `popularityPct` percent of
 * the tasks, with shares renormalised over the shapes kept.
 */
export function targetWorkload(pods, popularityPct = TARGET_POPULARITY_PCT) {
    const byKey = new Map();
    for (const p of pods) {
        const milli = p.gpu?.milli ?? 0, count = p.gpu?.count ?? 0, model = p.gpu?.model ?? '';
        const key = `${p.cpu}/${milli}/${count}/${model}`;
        const e = byKey.get(key);
        if (e)
            e.n++;
        else
            byKey.set(key, { cpu: p.cpu, milli, count, model, n: 1 });
    }
    const total = pods.length;
    if (total === 0)
        return [];
    const list = [...byKey.values()].sort((a, b) => (a.n !== b.n ? b.n - a.n : shapeLess(a, b) ? 1 : shapeLess(b, a) ? -1
        : 0));
    const want = (popularityPct * total) / 100;
    let kept = 0, cum = 0;
    while (kept < list.length && cum < want)
        cum += list[kept++].n;
    return list.slice(0, kept).map((s) => ({ cpu: s.cpu, milli: s.milli, count: s.count, model: s.model,
        freq: s.n / cum }));
}
/** The target workload of the pods a scheduler sees (each pod's non-zero cpu and its GPU request). */
export const targetWorkloadOf = (pods) => targetWorkload(pods.map((p) => ({ cpu: p.nonZeroCpu, gpu: p.gpu })));
/** FGDScore's pluginConfig args: `targetWorkload` a list of shapes with non-negative numbers. */
export function validateTargetWorkload(args) {
    if (args === undefined || args === null)
        return [];
    if (typeof args !== 'object' || Array.isArray(args))
        return ['must be an object'];
    const t = args.targetWorkload;
    if (t === undefined)
        return [];
    if (!Array.isArray(t))
        return ['targetWorkload: must be a list of {cpu, milli, count, model, freq}'];
    const out = [];
    t.forEach((s, i) => {
        for (const k of ['cpu', 'milli', 'count', 'freq']) {
            if (typeof s?.[k] !== 'number' || !(s[k] >= 0))
                out.push(`targetWorkload[${i}].${k}: must be a number >= 0`);
        }
        if (s?.model !== undefined && typeof s.model !== 'string')
            out.push(`targetWorkload[${i}].model: must be a string`);
    });
    return out;
}
