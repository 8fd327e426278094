import { type OpenbPodRow } from '../trace/openb/pod.js';
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
export declare const VARIANT_KINDS: readonly ["cpu-only", "gpu-share", "multi-gpu", "gpu-spec"];
export type VariantKind = (typeof VARIANT_KINDS)[number];
/**
 * A variant of the pod list with `pct` percent of `kind` (see above). `models` are the GPU models
 * of the cluster's GPU nodes (one entry per node): a constrained task names the model of a
 * uniformly drawn node. Throws when the trace has no task of the group to copy.
 */
export declare function traceVariant(rows: readonly OpenbPodRow[], kind: VariantKind, pct: number, seed: number, models?: readonly string[]): OpenbPodRow[];
/** The rows as an openb pod list CSV (the columns of OPENB_POD_COLUMNS). */
export declare function podListCsv(rows: readonly OpenbPodRow[]): string;
