import type { Pod, PodSpec } from '../../api/types.js';
import type { RowReader } from '../rowReader.js';
import {
  CREATION_TIME, DELETION_TIME, GPU_CARD_MODEL, GPU_COUNT, GPU_MILLI, MILLI_PER_GPU, KNOWN_GPU_MODELS,
    splitGpuModels,
} from './gpu.js';
import { NO_UID } from '../../api/ids.js';

/** The pod list's columns (cluster-trace-gpu-v2023 README, openb_pod_list_*.csv). */
export const OPENB_POD_COLUMNS = [
  'name', 'cpu_milli', 'memory_mib', 'num_gpu', 'gpu_milli', 'gpu_spec', 'qos', 'pod_phase',
  'creation_time', 'deletion_time', 'scheduled_time',
] as const;

/** The phases the trace records (README: "Succeeded, Running, Pending, Failed"). */
export const OPENB_POD_PHASES = ['Succeeded', 'Running', 'Pending', 'Failed'] as const;

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
export function parseOpenbPodRow(r: RowReader, at: string): OpenbPodRow | undefined {
  const name = r.text('name');
  if (name === '') r.reject('name', 'Required value');
  const cpuMilli = r.int('cpu_milli');
  const memoryMib = r.int('memory_mib');
  const numGpu = r.int('num_gpu');
  const gpuMilli = r.int('gpu_milli', { max: MILLI_PER_GPU });
  const specText = r.text('gpu_spec') ?? '';
  const gpuSpec = splitGpuModels(specText);
  const unknown = gpuSpec.filter((m) => !KNOWN_GPU_MODELS.includes(m));
  if (unknown.length) r.reject('gpu_spec',
    `unknown GPU model ${unknown.map((m) => JSON.stringify(m)).join(', ')} (known: ${KNOWN_GPU_MODELS.join(', ')})`);
  const qos = r.text('qos') ?? '';
  const podPhase = r.oneOf('pod_phase', OPENB_POD_PHASES);
  const creationTime = r.int('creation_time');
  const deletionTime = r.int('deletion_time');
  const scheduledTime = r.int('scheduled_time', { optional: true });
  if (numGpu !== undefined && gpuMilli !== undefined) {
    if (numGpu === 0 && gpuMilli !== 0) r.reject('gpu_milli', `must be 0 when num_gpu is 0, got ${gpuMilli}`);
    if (numGpu > 0 && gpuMilli === 0) r.reject('gpu_milli', `must be greater than 0 when num_gpu is ${numGpu}`);
    // A share of a device exists only for one-GPU tasks (README: "GPU-sharing workloads (i.e., num_gpu==1)").
    if (numGpu > 1 && gpuMilli !== MILLI_PER_GPU) r.reject('gpu_milli',
      `must be ${MILLI_PER_GPU} when num_gpu is ${numGpu} (only one-GPU tasks share a device), got ${gpuMilli}`);
  }
  if (creationTime !== undefined && deletionTime !== undefined && deletionTime < creationTime) r.reject('deletion_time',
    `must not be before creation_time (${creationTime}), got ${deletionTime}`);
  if (creationTime !== undefined && scheduledTime !== undefined
    && scheduledTime < creationTime) r.reject('scheduled_time',
      `must not be before creation_time (${creationTime}), got ${scheduledTime}`);
  if (r.problems.length) return undefined;
  return {
    name: name!, cpuMilli: cpuMilli!, memoryMib: memoryMib!, numGpu: numGpu!, gpuMilli: gpuMilli!, gpuSpec, qos,
      podPhase: podPhase!,
    creationTime: creationTime!, deletionTime: deletionTime!, ...(scheduledTime !== undefined ? { scheduledTime } : {}),
      at,
  };
}

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
export function openbPod(row: OpenbPodRow, namespace = 'default', specs?: PodSpecCache): Pod {
  const key = `${row.cpuMilli}/${row.memoryMib}`;
  let spec = specs?.get(key);
  if (!spec) {
    const resources = { cpu: `${row.cpuMilli}m`, memory: `${row.memoryMib}Mi` };
    spec = { containers: [{ name: 'main', image: 'tensorflow:latest',
      resources: { requests: resources, limits: resources } }] };
    specs?.set(key, spec);
  }
  const gpu = row.numGpu > 0
    ? {
      [GPU_COUNT]: String(row.numGpu),
      [GPU_MILLI]: String(row.gpuMilli),
      ...(row.gpuSpec.length ? { [GPU_CARD_MODEL]: row.gpuSpec.join('|') } : {}),
    }
    : {};
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: row.name,
      namespace,
      uid: NO_UID,
      annotations: {
        ...gpu,
        [CREATION_TIME]: String(row.creationTime),
        [DELETION_TIME]: String(row.deletionTime),
        ...(row.scheduledTime !== undefined ? { [TRACE_SCHEDULED_TIME]: String(row.scheduledTime) } : {}),
        [TRACE_QOS]: row.qos,
      },
    },
    spec,
    status: { phase: 'Pending', conditions: [] },
  } as Pod;
}

/** When the production cluster placed the task (seconds), for the timed report's comparison. */
export const TRACE_SCHEDULED_TIME = 'trace.kubesim.io/scheduled-time';
/** Alibaba's QoS class of the task (LS, BE, Burstable, Guaranteed): not Kubernetes' qosClass. */
export const TRACE_QOS = 'trace.kubesim.io/qos';
