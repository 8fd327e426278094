import type { CycleState } from './cycleState.js';
import type { FilterPlugin, NodeInfo, PodInfo } from './framework.js';
import type { NodeColumns } from './nodeColumns.js';
import type { Status } from './status.js';
import { fitRowBits, fitVerdict } from './plugins/nodeResourcesFit.js';

/** Buffers reused by every search (attempts never nest): node indices of a chunk, and of the feasible nodes. */
const BUF = { idx: new Int32Array(0), feasible: new Int32Array(0) };

export interface IndexedSearch {
  /** Nodes looked at. */
  readonly processed: number;
  /** Indices of the feasible nodes, in search order, in [0, found): valid until the next search. */
  readonly feasibleIdx: Int32Array;
  readonly found: number;
}

/**
 * schedulePod's batched Filter search over node indices (findNodesThatPassFilters with
 * percentageOfNodesToScore), for when every Filter that runs has `filterIndexed`: from `start`,
 * take as many nodes as feasible ones are still wanted, let each filter keep the ones it passes,
 * repeat until `want` are found or every node was looked at. Same chunks, order and rejections
 * as the NodeInfo loop in scheduleOne.ts; NodeInfo objects are touched only for feasible nodes
 * (appended to `feasible`, which PreScore and Score receive) and inside `reject`.
 */
export function searchIndexed(s: CycleState, pod: PodInfo, filters: readonly FilterPlugin[], cols: NodeColumns,
  start: number, want: number,
  feasible: NodeInfo[], reject: (node: number, status: Status) => void): IndexedSearch {
  const nodes = cols.nodes;
  const n = nodes.length;
  if (BUF.idx.length < n) { BUF.idx = new Int32Array(n); BUF.feasible = new Int32Array(n); }
  if (filters.length === 1 && filters[0].columnFilter === 'NodeResourcesFit' && pod.scalarNames.length === 0) {
    return searchFit(pod, cols, start, want, feasible, reject);
  }
  const idx = BUF.idx, fidx = BUF.feasible;
  let processed = 0, found = 0;
  while (processed < n && found < want) {
    const size = Math.min(want - found, n - processed);
    const first = (start + processed) % n;
    for (let j = 0; j < size; j++) { const i = first + j; idx[j] = i < n ? i : i - n; }
    processed += size;
    let alive = size;
    for (let fi = 0; fi < filters.length && alive > 0; fi++) alive =
      filters[fi].filterIndexed!(s, pod, cols, idx, alive, reject);
    for (let k = 0; k < alive; k++) {
      const i = idx[k];
      fidx[found] = i;
      // Overwrite in place rather than empty and push: V8 would shrink and regrow the backing store.
      if (found < feasible.length) feasible[found] = nodes[i]; else feasible.push(nodes[i]);
      found++;
    }
  }
  if (feasible.length > found) feasible.length = found;
  return { processed, feasibleIdx: fidx, found };
}

/**
 * The search when NodeResourcesFit is the only Filter that runs (the default profile's common
 * case) and the pod has no extended resources: node by node from `start`, Fit's check inline,
 * until `want` are found. The chunks above stop where this loop stops (a chunk is never larger than
 * the feasible nodes still wanted), so the same nodes are looked at and rejected in the same order.
 */
function searchFit(pod: PodInfo, cols: NodeColumns, start: number, want: number, feasible: NodeInfo[],
  reject: (node: number, status: Status) => void): IndexedSearch {
  const nodes = cols.nodes, n = nodes.length, q = pod.req, fidx = BUF.feasible;
  let processed = 0, found = 0, i = start;
  while (processed < n && found < want) {
    const bits = fitRowBits(q, cols, i);
    if (bits === 0) {
      fidx[found] = i;
      if (found < feasible.length) feasible[found] = nodes[i]; else feasible.push(nodes[i]);
      found++;
    } else reject(i, fitVerdict(bits));
    processed++;
    if (++i === n) i = 0;
  }
  if (feasible.length > found) feasible.length = found;
  return { processed, feasibleIdx: fidx, found };
}
