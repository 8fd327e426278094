import type { PodSpec } from '../../api/types.js';
import type { RowReader } from '../rowReader.js';
import { type TimedPod } from '../timedSteps.js';
/** cluster-trace-gpu-v2025 README, disaggregated_DLRM_trace.csv. */
export declare const DLRM_COLUMNS: readonly ["instance_sn", "role", "app_name", "cpu_request", "cpu_limit", "gpu_request", "gpu_limit", "rdma_request", "rdma_limit", "memory_request", "memory_limit", "disk_request", "disk_limit", "max_instance_per_node", "creation_time", "scheduled_time", "deletion_time"];
/** CN: an inference instance on a CPU node; HN: on a heterogeneous GPU node (README). */
export declare const DLRM_ROLES: readonly ["CN", "HN"];
/** Labels the pods carry: the application group (what max_instance_per_node counts) and the role. */
export declare const DLRM_APP_LABEL = "app";
export declare const DLRM_ROLE_LABEL = "trace.kubesim.io/role";
/** The share of an RDMA NIC the instance asks for (0-100): kept, not enforced (README: a density constraint). */
export declare const DLRM_RDMA = "trace.kubesim.io/rdma-percent";
export interface DlrmRow {
    readonly instance: string;
    readonly role: (typeof DLRM_ROLES)[number];
    readonly app: string;
    readonly cpu: readonly [number, number];
    readonly gpu: readonly [number, number];
    readonly rdma: number;
    readonly memoryGiB: readonly [number, number];
    readonly diskGiB: readonly [number, number];
    /** -1: no limit. */
    readonly maxPerNode: number;
    /** Absent (NaN in the trace): before the trace began, so at t=0. */
    readonly creationTime?: number;
    readonly scheduledTime?: number;
    /** Absent: after the trace ended, so never. */
    readonly deletionTime?: number;
    readonly at: string;
}
export declare function parseDlrmRow(r: RowReader, at: string): DlrmRow | undefined;
/** Kubernetes names are DNS-1123 labels: `instance_7185` becomes `instance-7185`. */
export declare const dlrmPodName: (instance: string) => string;
/** The pod an instance becomes: requests and limits from the trace (cores, GiB), GPUs as whole devices. */
export declare function dlrmPod(row: DlrmRow, specs?: Map<string, PodSpec>): TimedPod;
