import { MILLI_PER_GPU } from './gpuShare.js';
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
  /**
   * framework.NodeInfo.Generation: bumped on every write of the row, so a plugin can keep a
   * per-node result until the node changes (1 after the first write; rows never reuse a value).
   */
  generation = new Float64Array(0);
  /** GPU devices (0: no GPUs), the most milli left on one device, fully free devices, milli left in all. */
  gpuDevices = new Float64Array(0);
  gpuMaxFree = new Float64Array(0);
  gpuFullFree = new Float64Array(0);
  gpuLeft = new Float64Array(0);
  /**
   * The fused pass's memo (fusedScore.ts): per row, the total it last computed, for which scoring
   * key (an id of the pod's requests, the weights and the image spreads) and row generation.
   */
  memoTotal = new Float64Array(0);
  memoKey = new Float64Array(0);
  memoGeneration = new Float64Array(0);
  /** The GPU model label of each row ('' without GPUs). */
  readonly gpuModel: string[] = [];
  /**
   * Image size by normalised image name, one column per image (0 where the node lacks it): the
   * ImageLocality score read `node.images.get(name)` for ~500 nodes per attempt, the largest
   * single cost of a 150,000-pod pass (14% of pipeline.large's profile).
   */
  readonly #imageSize = new Map<string, Float64Array<ArrayBuffer>>();
  /** Per row, the images map last written into the image columns (setNode replaces it on change). */
  #imagesOf: (ReadonlyMap<string, number> | undefined)[] = [];

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
    this.generation[i]++;
    this.#writeGpu(i, info);
    if (this.#imagesOf[i] !== info.images) this.#writeImages(i, info.images);
  }

  #writeGpu(i: number, info: NodeInfo): void {
    const free = info.gpu?.free ?? [];
    let max = 0, full = 0, left = 0;
    for (let d = 0; d < free.length; d++) {
      const f = free[d];
      if (f > max) max = f;
      if (f === MILLI_PER_GPU) full++;
      left += f;
    }
    this.gpuDevices[i] = free.length; this.gpuMaxFree[i] = max; this.gpuFullFree[i] = full; this.gpuLeft[i] = left;
    while (this.gpuModel.length <= i) this.gpuModel.push('');
    this.gpuModel[i] = info.gpu?.model ?? '';
  }

  /** The size column of one normalised image name (undefined when no node ever had it). */
  imageSize(name: string): Float64Array | undefined {
    return this.#imageSize.get(name);
  }

  /** One image's size on node i (the node's images map already holds it: cache.ts #appendImages). */
  writeImage(i: number, name: string, size: number): void {
    let col = this.#imageSize.get(name);
    if (!col) { col = new Float64Array(this.allocCpu.length); this.#imageSize.set(name, col); }
    col[i] = size;
    this.generation[i]++;
  }

  #writeImages(i: number, images: ReadonlyMap<string, number>): void {
    const old = this.#imagesOf[i];
    if (old) for (const name of old.keys()) this.#imageSize.get(name)![i] = 0;
    for (const [name, size] of images) {
      let col = this.#imageSize.get(name);
      if (!col) { col = new Float64Array(this.allocCpu.length); this.#imageSize.set(name, col); }
      col[i] = size;
    }
    this.#imagesOf[i] = images;
  }

  #grow(size: number): void {
    const g = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => { const b = new Float64Array(size);
      b.set(a); return b; };
    this.allocCpu = g(this.allocCpu); this.allocMemory = g(this.allocMemory);
      this.allocEphemeral = g(this.allocEphemeral); this.allocPods = g(this.allocPods);
    this.reqCpu = g(this.reqCpu); this.reqMemory = g(this.reqMemory); this.reqEphemeral = g(this.reqEphemeral);
    this.nonZeroCpu = g(this.nonZeroCpu); this.nonZeroMemory = g(this.nonZeroMemory); this.podCount = g(this.podCount);
      this.taintCount = g(this.taintCount);
    this.generation = g(this.generation); this.gpuDevices = g(this.gpuDevices); this.gpuMaxFree = g(this.gpuMaxFree);
      this.gpuFullFree = g(this.gpuFullFree); this.gpuLeft = g(this.gpuLeft);
    this.memoTotal = g(this.memoTotal); this.memoKey = g(this.memoKey); this.memoGeneration = g(this.memoGeneration);
    for (const [name, col] of this.#imageSize) this.#imageSize.set(name, g(col));
  }
}
