import { tvalues } from '../../reducers/table.js';
import { MAX_NODE_SCORE, type NodeInfo, type PodInfo, type PreScorePlugin, type ScorePlugin } from '../framework.js';
import { nodeFragMilli, nodeState, targetWorkloadOf, type TargetShape } from '../gpuFrag.js';
import { exclusiveDevices, isSharing, withDevices } from '../gpuShare.js';
import { newPodInfo } from '../podInfo.js';
import { SUCCESS } from '../status.js';
import { gpuNames } from './names.js';

export interface FgdArgs {
  /** The target workload's task shapes and shares; without it, the shapes of the pods in the cluster. */
  readonly targetWorkload?: readonly TargetShape[];
}

/** plugin_utils.go sigmoid. */
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

interface Placement { readonly score: number; readonly devices: readonly number[] | undefined }
/** Per node: the state its placements were computed for, and the placement per pod shape. */
interface NodeMemo { free: readonly number[] | undefined; cpuLeft: number; generation: number; frag: number; byShape: Map<string, Placement> }

const shapeKey = (p: PodInfo): string => (p.gpu ? `${p.nonZeroCpu}/${p.gpu.milli}/${p.gpu.count}/${p.gpu.model}` : `${p.nonZeroCpu}`);

/**
 * FGD, fragmentation gradient descent (Weng et al., ATC'23 §4.2; the artifact's fgd_score.go
 * calculateGpuShareFragExtendScore): a node's fragmentation is its GPU milli that the target
 * workload's tasks, weighted by their shares, cannot use (gpuFrag.ts nodeFragMilli); a placement
 * scores sigmoid((frag before - frag after) / 1000) * 100, truncated, so the node whose
 * fragmentation grows least wins. A share tries every device with room and keeps the best (the
 * first of equals); whole devices are the first free ones, and that is also the device choice.
 *
 * Scores depend only on the node's cpu left, its devices and the pod's shape, so they are kept
 * per node and shape until the node changes (the artifact memoises fragmentation the same way).
 */
export function fgd(args?: FgdArgs) {
  let target: readonly TargetShape[] = (args?.targetWorkload ?? []).map((t) => ({ ...t, model: t.model ?? '' }));
  let generation = 0, derivedFrom = -1;
  const memo = new WeakMap<NodeInfo, NodeMemo>();

  function placement(pod: PodInfo, node: NodeInfo): Placement {
    const n = nodeState(node);
    let m = memo.get(node);
    if (!m || m.free !== node.gpu?.free || m.cpuLeft !== n.cpuLeft || m.generation !== generation) {
      m = { free: node.gpu?.free, cpuLeft: n.cpuLeft, generation, frag: nodeFragMilli(n, target), byShape: new Map() };
      memo.set(node, m);
    }
    const key = shapeKey(pod);
    const hit = m.byShape.get(key);
    if (hit) return hit;
    const cpuLeft = n.cpuLeft - pod.nonZeroCpu;
    const after = (free: readonly number[]): number => Math.trunc(sigmoid((m!.frag - nodeFragMilli({ cpuLeft, free, model: n.model }, target)) / 1000) * MAX_NODE_SCORE);
    let best: Placement;
    const req = pod.gpu;
    if (req && isSharing(req)) {
      best = { score: 0, devices: undefined };
      for (let i = 0; i < n.free.length; i++) {
        if (n.free[i] < req.milli) continue;
        const score = after(withDevices(n.free, req.milli, [i], 1));
        if (best.devices === undefined || score > best.score) best = { score, devices: [i] };
      }
    } else if (req) {
      const devices = exclusiveDevices(n.free, req);
      best = { score: devices ? after(withDevices(n.free, req.milli, devices, 1)) : 0, devices };
    } else best = { score: after(n.free), devices: undefined };
    m.byShape.set(key, best);
    return best;
  }

  return {
    name: gpuNames.FGDScore,
    preScore(_s, _pod, snapshot) {
      // Without a given target workload: the shapes of the cluster's pods, re-derived when
      // their number has changed by more than 1% (a trace's pods arrive in many batches).
      if (args?.targetWorkload) return SUCCESS;
      const count = snapshot.state.pods.size;
      if (derivedFrom < 0 || Math.abs(count - derivedFrom) > derivedFrom / 100) {
        target = targetWorkloadOf(tvalues(snapshot.state.pods).map(newPodInfo));
        derivedFrom = count;
        generation++;
      }
      return SUCCESS;
    },
    score(_s, pod, node) {
      return placement(pod, node).score;
    },
    selectDevices(pod, node) {
      return pod.gpu && node.gpu ? placement(pod, node).devices : undefined;
    },
  } satisfies PreScorePlugin & ScorePlugin;
}
