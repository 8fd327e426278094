import { asNodeName, NO_UID } from '../../api/ids.js';
import type { Node } from '../../api/types.js';
import type { RowReader } from '../rowReader.js';
import { GPU_CARD_MODEL, GPU_COUNT, GPU_MILLI, MILLI_PER_GPU, KNOWN_GPU_MODELS } from './gpu.js';

/** The node list's columns (cluster-trace-gpu-v2023 README, openb_node_list_*.csv). */
export const OPENB_NODE_COLUMNS = ['sn', 'cpu_milli', 'memory_mib', 'gpu', 'model'] as const;

/**
 * Pods a trace node admits: the trace's converter writes `pods: '1001'` (prepare_input.sh's
 * node YAML), far above the kubelet's 110, so that only cpu, memory and GPUs limit packing.
 */
export const OPENB_NODE_MAX_PODS = '1001';

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
export function parseOpenbNodeRow(r: RowReader): OpenbNodeRow | undefined {
  const sn = r.text('sn');
  if (sn === '') r.reject('sn', 'Required value');
  const cpuMilli = r.int('cpu_milli');
  const memoryMib = r.int('memory_mib');
  const gpu = r.int('gpu');
  const model = r.oneOf('model', KNOWN_GPU_MODELS, { optional: true });
  if (gpu !== undefined && gpu > 0 && model === undefined && !r.problems.some((p) => p.path === 'model')) {
    r.reject('model', `Required value: a node with ${gpu} GPUs names its card model`);
  }
  if (r.problems.length) return undefined;
  return { sn: sn!, cpuMilli: cpuMilli!, memoryMib: memoryMib!, gpu: gpu!, ...(model ? { model } : {}) };
}

/**
 * The Node a row becomes, as the trace's converter writes the node YAML: capacity = allocatable
 * of cpu, memory, pods and the GPU resources (`alibabacloud.com/gpu-count` devices and
 * `alibabacloud.com/gpu-milli` = 1,000 per device), and the label `alibabacloud.com/gpu-card-model`.
 */
export function openbNode(row: OpenbNodeRow): Node {
  const capacity: Record<string, string> = {
    cpu: `${row.cpuMilli}m`,
    memory: `${row.memoryMib}Mi`,
    pods: OPENB_NODE_MAX_PODS,
    [GPU_COUNT]: String(row.gpu),
    [GPU_MILLI]: String(row.gpu * MILLI_PER_GPU),
  };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: asNodeName(row.sn),
      uid: NO_UID,
      labels: {
        'beta.kubernetes.io/os': 'linux', 'kubernetes.io/hostname': row.sn, 'kubernetes.io/os': 'linux',
        ...(row.model ? { [GPU_CARD_MODEL]: row.model } : {}),
      },
    },
    spec: {},
    status: { capacity, allocatable: capacity, conditions: [], addresses: [] },
  } as Node;
}
