import type { Node, Pod } from '../../api/types.js';
import { type ExtraColumn, type Printer } from './types.js';
/** findNodeRoles: the suffixes of node-role.kubernetes.io/* labels and the kubernetes.io/role value, sorted. */
export declare function nodeRoles(node: Node): string;
/** printNode's STATUS: Ready / NotReady from the Ready condition ("Unknown" without one), then SchedulingDisabled. */
export declare function nodeStatus(node: Node): string;
/**
 * kubesim's own column, not kubectl's (kubectl prints no GPU column): the GPU milli in use on each
 * device of a GPU-sharing node (`250,1000,0,0`; `<none>` without GPUs), shown with -o wide when
 * some node has GPUs. Counted as the scheduler counts them: each bound pod's GPU request on the
 * devices its bind recorded (alibabacloud.com/gpu-index); pods that reached Succeeded or Failed
 * hold none.
 */
export declare const GPU_MILLI_USED_COLUMN: import("./types.js").Column;
/** The GPU-Milli-Used column for these nodes, or none when no node has GPUs. */
export declare function gpuColumns(nodes: readonly Node[], pods: Iterable<Pod>): ExtraColumn[];
export declare const nodePrinter: Printer<Node>;
