import { GPU_COUNT_ANNOTATION, GPU_MILLI_ANNOTATION, GPU_MODEL_LABEL } from '../api/gpu.js';
import type { Node, Pod } from '../api/types.js';

/**
 * A minimal reader of the openb CSVs (Alibaba cluster-trace-gpu-v2023, columns as its README
 * gives them) for the inflation experiment, which needs only the requests: the pod list's
 * name, cpu_milli, memory_mib, num_gpu, gpu_milli, gpu_spec and the node list's sn, cpu_milli,
 * memory_mib, gpu, model. Problems name the file, line and column.
 */
export class OpenbError extends Error {
  override readonly name = 'OpenbError';
}

function rows(text: string, file: string, need: readonly string[]): { line: number; get: (c: string) => string }[] {
  const lines = text.split(/\r?\n/);
  const head = lines[0].split(',');
  for (const c of need) if (!head.includes(c)) throw new OpenbError(`${file}:1: missing column ${c}`);
  const at = new Map(head.map((c, i) => [c, i]));
  const out: { line: number; get: (c: string) => string }[] = [];
  lines.slice(1).forEach((l, i) => {
    if (l.trim() === '') return;
    const cells = l.split(',');
    out.push({ line: i + 2, get: (c) => cells[at.get(c)!] ?? '' });
  });
  return out;
}

function num(r: { line: number; get: (c: string) => string }, c: string, file: string, head: string): number {
  const v = Number(r.get(c));
  if (r.get(c) === '' || !Number.isFinite(v) || v < 0) {
    throw new OpenbError(`${file}:${r.line}:${head.split(',').indexOf(c) + 1}: ${c} must be a number >= 0, got ${JSON.stringify(r.get(c))}`);
  }
  return v;
}

/** Pods of the pod list CSV, with their GPU request in annotations (gpuShare.ts names). */
export function openbPods(text: string, file: string): Pod[] {
  const head = text.slice(0, text.indexOf('\n'));
  return rows(text, file, ['name', 'cpu_milli', 'memory_mib', 'num_gpu', 'gpu_milli']).map((r) => {
    const name = r.get('name');
    const gpu = num(r, 'num_gpu', file, head), milli = num(r, 'gpu_milli', file, head);
    const annotations: Record<string, string> = {};
    if (gpu > 0 && milli > 0) {
      annotations[GPU_COUNT_ANNOTATION] = String(gpu);
      annotations[GPU_MILLI_ANNOTATION] = String(milli);
      if (r.get('gpu_spec')) annotations[GPU_MODEL_LABEL] = r.get('gpu_spec');
    }
    const requests = { cpu: `${num(r, 'cpu_milli', file, head)}m`, memory: `${num(r, 'memory_mib', file, head)}Mi` };
    return {
      apiVersion: 'v1', kind: 'Pod',
      metadata: { name, namespace: 'default', uid: name, annotations },
      spec: { containers: [{ name: 'main', image: 'task', resources: { requests } }] },
      status: { phase: 'Pending', conditions: [] },
    } as unknown as Pod;
  });
}

/** Nodes of the node list CSV; `pods: 1001` as the upstream node YAML gives every node. */
export function openbNodes(text: string, file: string): Node[] {
  const head = text.slice(0, text.indexOf('\n'));
  return rows(text, file, ['sn', 'cpu_milli', 'memory_mib', 'gpu', 'model']).map((r) => {
    const name = r.get('sn');
    const gpu = num(r, 'gpu', file, head);
    const res = { cpu: `${num(r, 'cpu_milli', file, head)}m`, memory: `${num(r, 'memory_mib', file, head)}Mi`, pods: '1001', ...(gpu > 0 ? { [GPU_COUNT_ANNOTATION]: String(gpu) } : {}) };
    const labels: Record<string, string> = { 'kubernetes.io/hostname': name, ...(r.get('model') ? { [GPU_MODEL_LABEL]: r.get('model') } : {}) };
    return {
      apiVersion: 'v1', kind: 'Node', metadata: { name, uid: name, labels },
      spec: {}, status: { capacity: res, allocatable: res, conditions: [], addresses: [] },
    } as unknown as Node;
  });
}
