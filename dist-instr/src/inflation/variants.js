import { MILLI_PER_GPU } from '../api/gpu.js';
import { Rng } from '../clock/rng.js';
import { OPENB_POD_COLUMNS } from '../trace/openb/pod.js';
/**
 * Trace variants as the paper builds them from the default trace (Weng et al., ATC'23 §6.3-6.5;
 * the artifact ships the results, data/csv/openb_pod_list_{cpuNNN,gpushareNN,multigpuNN,gpuspecNN}.csv,
 * not the generator). What each percentage means was read off those files:
 * - cpu-only: CPU-only tasks as a share of all tasks (cpu050: 5.0%; GPU tasks unchanged);
 * - gpu-share: GPU-sharing tasks' share of the GPU demand (gpushare40: 40.1%; task count unchanged);
 * - multi-gpu: multi-GPU tasks' share of the GPU demand (multigpu50: 50.3%; copies added);
 * - gpu-spec: GPU tasks that name a GPU model, as a share of GPU tasks (gpuspec10: 10.4%).
 * The sampling is kubesim's own, seeded: copies of tasks drawn uniformly from their group.
 */
export const VARIANT_KINDS = ['cpu-only', 'gpu-share', 'multi-gpu', 'gpu-spec'];
const isCpuOnly = (r) => r.numGpu === 0;
const isSharing = (r) => r.numGpu === 1 && r.gpuMilli < MILLI_PER_GPU;
const isMulti = (r) => r.numGpu > 1;
const demand = (r) => r.numGpu * r.gpuMilli;
function copyOf(r, n) {
    return { ...r, name: `${r.name}-v${n}` };
}
/** Removes a uniformly drawn row matching `pred` and returns it; undefined when none is left. */
function removeOne(rows, pred, rng) {
    let count = 0;
    for (const r of rows)
        if (pred(r))
            count++;
    if (!count)
        return undefined;
    let k = rng.int(0, count - 1);
    for (let i = 0; i < rows.length; i++)
        if (pred(rows[i]) && k-- === 0)
            return rows.splice(i, 1)[0];
    return undefined;
}
/** The share (0..1) of a group's GPU demand in the rows. */
function demandShare(rows, pred) {
    let part = 0, all = 0;
    for (const r of rows) {
        all += demand(r);
        if (pred(r))
            part += demand(r);
    }
    return all === 0 ? 0 : part / all;
}
/**
 * A variant of the pod list with `pct` percent of `kind` (see above). `models` are the GPU models
 * of the cluster's GPU nodes (one entry per node): a constrained task names the model of a
 * uniformly drawn node. Throws when the trace has no task of the group to copy.
 */
export function traceVariant(rows, kind, pct, seed, models = []) {
    const rng = new Rng(seed);
    const out = rows.slice();
    const target = pct / 100;
    let n = 0;
    const pick = (pred) => {
        const g = rows.filter(pred);
        if (!g.length)
            throw new Error(`the trace has no task to copy for ${kind}`);
        return g[rng.int(0, g.length - 1)];
    };
    if (kind === 'cpu-only') {
        const gpuTasks = out.filter((r) => !isCpuOnly(r)).length;
        const want = Math.round((target * gpuTasks) / (1 - target));
        let have = out.length - gpuTasks;
        while (have > want && removeOne(out, isCpuOnly, rng))
            have--;
        while (have < want) {
            out.push(copyOf(pick(isCpuOnly), n++));
            have++;
        }
    }
    else if (kind === 'gpu-share') {
        // Same task count: a GPU task of the other kind is replaced by a copy of one of the wanted kind.
        const raise = demandShare(out, isSharing) < target;
        const from = (r) => r.numGpu > 0 && (raise ? !isSharing(r) : isSharing(r));
        const to = raise ? isSharing : (r) => r.numGpu > 0 && !isSharing(r);
        let part = 0, all = 0;
        for (const r of out) {
            all += demand(r);
            if (isSharing(r))
                part += demand(r);
        }
        while ((part < target * all) === raise) {
            const gone = removeOne(out, from, rng);
            if (!gone)
                break;
            const added = copyOf(pick(to), n++);
            out.push(added);
            all += demand(added) - demand(gone);
            part += (isSharing(added) ? demand(added) : 0) - (isSharing(gone) ? demand(gone) : 0);
        }
    }
    else if (kind === 'multi-gpu') {
        let part = 0, all = 0;
        for (const r of out) {
            all += demand(r);
            if (isMulti(r))
                part += demand(r);
        }
        if (part < target * all) {
            while (part < target * all) {
                const c = copyOf(pick(isMulti), n++);
                out.push(c);
                part += demand(c);
                all += demand(c);
            }
        }
        else {
            for (let gone = removeOne(out, isMulti, rng); gone; gone = part > target * all ? removeOne(out, isMulti, rng)
                : undefined) {
                part -= demand(gone);
                all -= demand(gone);
            }
        }
    }
    else {
        if (!models.length)
            throw new Error('gpu-spec needs the GPU models of the nodes');
        const gpuIdx = out.flatMap((r, i) => (r.numGpu > 0 ? [i] : []));
        for (let k = gpuIdx.length - 1; k > 0; k--) {
            const j = rng.int(0, k);
            [gpuIdx[k], gpuIdx[j]] = [gpuIdx[j], gpuIdx[k]];
        }
        const want = Math.round(target * gpuIdx.length);
        gpuIdx.forEach((i, k) => {
            out[i] = { ...out[i], gpuSpec: k < want ? [models[rng.int(0, models.length - 1)]]
                    : [] };
        });
    }
    return out;
}
/** The rows as an openb pod list CSV (the columns of OPENB_POD_COLUMNS). */
export function podListCsv(rows) {
    const cell = (r) => [r.name, String(r.cpuMilli), String(r.memoryMib), String(r.numGpu),
        String(r.gpuMilli),
        r.gpuSpec.join('|'), r.qos, r.podPhase, String(r.creationTime), String(r.deletionTime),
        r.scheduledTime === undefined ? '' : String(r.scheduledTime)];
    return [OPENB_POD_COLUMNS.join(','), ...rows.map((r) => cell(r).join(','))].join('\n') + '\n';
}
