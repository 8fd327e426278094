import type { TraceIo, TraceLoad } from '../io.js';
/**
 * Alibaba cluster-trace-gpu-v2025 (disaggregated DLRM serving): one CSV of inference instances,
 * each a pod created at creation_time (t=0 when it predates the trace) and deleted at
 * deletion_time (never when it outlives the trace). The trace has no node list: the scenario's
 * `nodes:` give the cluster.
 */
export declare function loadDlrm(files: readonly string[], io: TraceIo): TraceLoad;
