import type { NodeInfo } from './types.js';

/**
 * The snapshot's hot node numbers as columns (typed arrays indexed by NodeInfo.index): a mirror of
 * the NodeInfo objects, which stay the source of truth, rewritten by the cache after every change
 * to a node.
 *
 * Why: an attempt looks at ~500 of 5,000 nodes, and reading requests from NodeInfo -> allocatable /
 * requested / pods is four objects per node scattered over the heap; the same numbers in columns
 * are a few sequential reads over a window of consecutive indices (kube-scheduler's own NodeInfo
 * is one Go struct, so it does not pay this). Plugins read them in their optional indexed batch
 * forms (framework.ts filterIndexed / scoreIndexed); nothing else does.
 *
 * Only real snapshot nodes are mirrored: preemption dry runs filter clones through the per-node
 * forms, never through columns.
 */
export class NodeColumns {
  /** The snapshot's nodes, by index (the cache's own array). */
  readonly nodes: readonly NodeInfo[];
  allocCpu = new Float64Array(0);
  allocMemory = new Float64Array(0);
  allocEphemeral = new Float64Array(0);
  allocPods = new Float64Array(0);
  reqCpu = new Float64Array(0);
  reqMemory = new Float64Array(0);
  reqEphemeral = new Float64Array(0);
  nonZeroCpu = new Float64Array(0);
  nonZeroMemory = new Float64Array(0);
  podCount = new Float64Array(0);
  taintCount = new Float64Array(0);

  constructor(nodes: readonly NodeInfo[]) {
    this.nodes = nodes;
  }

  /** Copies one node's numbers into its row (info.index), growing the columns when needed. */
  write(info: NodeInfo): void {
    const i = info.index;
    if (i >= this.allocCpu.length) this.#grow(Math.max(64, (i + 1) * 2));
    this.allocCpu[i] = info.allocatable.cpu;
    this.allocMemory[i] = info.allocatable.memory;
    this.allocEphemeral[i] = info.allocatable.ephemeralStorage;
    this.allocPods[i] = info.allocatable.pods;
    this.reqCpu[i] = info.requested.cpu;
    this.reqMemory[i] = info.requested.memory;
    this.reqEphemeral[i] = info.requested.ephemeralStorage;
    this.nonZeroCpu[i] = info.nonZeroCpu;
    this.nonZeroMemory[i] = info.nonZeroMemory;
    this.podCount[i] = info.pods.length;
    this.taintCount[i] = info.taints.length;
  }

  #grow(size: number): void {
    const g = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => { const b = new Float64Array(size);
      b.set(a); return b; };
    this.allocCpu = g(this.allocCpu); this.allocMemory = g(this.allocMemory);
      this.allocEphemeral = g(this.allocEphemeral); this.allocPods = g(this.allocPods);
    this.reqCpu = g(this.reqCpu); this.reqMemory = g(this.reqMemory); this.reqEphemeral = g(this.reqEphemeral);
    this.nonZeroCpu = g(this.nonZeroCpu); this.nonZeroMemory = g(this.nonZeroMemory); this.podCount = g(this.podCount);
      this.taintCount = g(this.taintCount);
  }
}
