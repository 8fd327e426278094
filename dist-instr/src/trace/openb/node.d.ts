import type { Node } from '../../api/types.js';
import type { RowReader } from '../rowReader.js';
/** The node list's columns (cluster-trace-gpu-v2023 README, openb_node_list_*.csv). */
export declare const OPENB_NODE_COLUMNS: readonly ["sn", "cpu_milli", "memory_mib", "gpu", "model"];
/**
 * Pods a trace node admits: the trace's converter writes `pods: '1001'` (prepare_input.sh's
 * node YAML), far above the kubelet's 110, so that only cpu, memory and GPUs limit packing.
 */
export declare const OPENB_NODE_MAX_PODS = "1001";
export interface OpenbNodeRow {
    readonly sn: string;
    readonly cpuMilli: number;
    readonly memoryMib: number;
    readonly gpu: number;
    /** Absent for a CPU-only node (the CSV leaves it empty, pandas prints "nan"). */
    readonly model?: string;
}
/**
 * Reads one node-list row; problems (missing column, negative size, unknown model, GPUs without a model) go on the
 * reader.
 */
export declare function parseOpenbNodeRow(r: RowReader): OpenbNodeRow | undefined;
/**
 * The Node a row becomes, as the trace's converter writes the node YAML: capacity = allocatable
 * of cpu, memory, pods and the GPU resources (`alibabacloud.com/gpu-count` devices and
 * `alibabacloud.com/gpu-milli` = 1,000 per device), and the label `alibabacloud.com/gpu-card-model`.
 */
export declare function openbNode(row: OpenbNodeRow): Node;
