import type { Pod, PodSpec } from '../../api/types.js';
import type { RowReader } from '../rowReader.js';
/** The pod list's columns (cluster-trace-gpu-v2023 README, openb_pod_list_*.csv). */
export declare const OPENB_POD_COLUMNS: readonly ["name", "cpu_milli", "memory_mib", "num_gpu", "gpu_milli", "gpu_spec", "qos", "pod_phase", "creation_time", "deletion_time", "scheduled_time"];
/** The phases the trace records (README: "Succeeded, Running, Pending, Failed"). */
export declare const OPENB_POD_PHASES: readonly ["Succeeded", "Running", "Pending", "Failed"];
/** One task of the openb pod list, times in seconds from the trace's start. */
export interface OpenbPodRow {
    readonly name: string;
    readonly cpuMilli: number;
    readonly memoryMib: number;
    /** Whole GPU devices asked for (0 to 8 in the trace). */
    readonly numGpu: number;
    /** Thousandths of each device: below 1,000 only for a GPU-sharing pod (num_gpu 1). */
    readonly gpuMilli: number;
    /** Card models the task may run on; empty: any. */
    readonly gpuSpec: readonly string[];
    readonly qos: string;
    readonly podPhase: (typeof OPENB_POD_PHASES)[number];
    readonly creationTime: number;
    readonly deletionTime: number;
    /** Absent for a task the production cluster never placed (pod_phase Pending). */
    readonly scheduledTime?: number;
    /** Where the row is, `file:line`, for messages. */
    readonly at: string;
}
/**
 * Reads one pod-list row. Every bad cell becomes a problem on the reader (missing column,
 * negative request, a GPU share above one device, an unknown GPU model, times out of order);
 * the row is returned only when it has none.
 */
export declare function parseOpenbPodRow(r: RowReader, at: string): OpenbPodRow | undefined;
/**
 * Pod specs by request shape: the trace's 8,152 tasks have a few hundred shapes, and admission shares a spec object.
 */
export type PodSpecCache = Map<string, PodSpec>;
/**
 * The Pod a task becomes, as the artifact's pod_csv_to_yaml.py writes it: one container `main`
 * with requests = limits of cpu (milli) and memory (MiB), and the GPU ask as annotations
 * (`alibabacloud.com/gpu-count`, `gpu-milli`, and `gpu-card-model` when the task names models).
 * A CPU-only task has no GPU annotations. The trace's own times stay on the pod as annotations
 * (creation and deletion as the artifact writes them; kubesim adds the scheduled time and qos).
 *
 * @example openbPod(row).metadata.annotations['alibabacloud.com/gpu-milli'] // "460"
 */
export declare function openbPod(row: OpenbPodRow, namespace?: string, specs?: PodSpecCache): Pod;
/** When the production cluster placed the task (seconds), for the timed report's comparison. */
export declare const TRACE_SCHEDULED_TIME = "trace.kubesim.io/scheduled-time";
/** Alibaba's QoS class of the task (LS, BE, Burstable, Guaranteed): not Kubernetes' qosClass. */
export declare const TRACE_QOS = "trace.kubesim.io/qos";
