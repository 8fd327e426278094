import { loadTimedCsv } from '../timedCsv.js';
import { DLRM_COLUMNS, dlrmPod, dlrmPodName, parseDlrmRow } from './pod.js';
/**
 * Alibaba cluster-trace-gpu-v2025 (disaggregated DLRM serving): one CSV of inference instances,
 * each a pod created at creation_time (t=0 when it predates the trace) and deleted at
 * deletion_time (never when it outlives the trace). The trace has no node list: the scenario's
 * `nodes:` give the cluster.
 */
export function loadDlrm(files, io) {
    if (files.length !== 1)
        return { nodes: [], manifests: [],
            problems: [
                { file: files[1] ?? 'trace', message: 'alibaba-v2025: give exactly one CSV (disaggregated_DLRM_trace.csv)' }
            ],
            warnings: [] };
    let t;
    try {
        t = loadTimedCsv(files[0], io, { format: 'alibaba-v2025', columns: DLRM_COLUMNS, parse: parseDlrmRow,
            name: (r) => dlrmPodName(r.instance), pod: dlrmPod });
    }
    catch {
        return { nodes: [], manifests: [], problems: [{ file: files[0],
                    message: 'cannot read file (does it exist?)' }], warnings: [] };
    }
    return { nodes: [], manifests: [], ...t };
}
