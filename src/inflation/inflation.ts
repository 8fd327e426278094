import type { Node, Pod } from '../api/types.js';
import { Rng } from '../clock/rng.js';
import { initialState } from '../reducers/state.js';
import { SchedulerCache } from '../scheduler/cache.js';
import type { PodInfo } from '../scheduler/framework.js';
import { FRAG_CLASSES, nodeFragAmount, nodeState, targetWorkloadOf, type TargetShape } from '../scheduler/gpuFrag.js';
import { gpuProfileConfig, type GpuPolicy } from '../scheduler/gpuProfiles.js';
import { MILLI_PER_GPU } from '../api/gpu.js';
import { gpuMilliLeft } from '../scheduler/gpuShare.js';
import { chooseGpuDevices } from '../scheduler/plugins/gpuShare.js';
import { newPodInfo } from '../scheduler/podInfo.js';
import { buildProfiles } from '../scheduler/profile.js';
import { schedulePod, type ScheduleContext } from '../scheduler/scheduleOne.js';
import { asUid } from '../api/ids.js';

/** The paper's inflation target: tasks are added until their GPU demand is 130% of the cluster's. */
export const INFLATION_RATIO = 1.3;

export interface InflationRun {
  readonly policy: GpuPolicy;
  readonly seed: number;
  readonly tasks: number;
  readonly failedTasks: number;
  /** [arrived GPU demand %, unallocated GPU %] for each arrived percent 0..130 (merge_alloc_discrete.py). */
  readonly curve: readonly (readonly [number, number])[];
  readonly unallocatedGpuPctAt100: number;
  /** Fragment GPU milli / idle GPU milli, % (plugin_utils.go PreFilterFragGpuRatio), at 100% arrived and at the end. */
  readonly fragRatioPctAt100: number;
  readonly fragRatioPctEnd: number;
}

/** Sees each task right after it was placed on `node` or dropped (undefined), with the cluster then. */
export type TaskObserver = (task: PodInfo, node: string | undefined, cluster: SchedulerCache) => void;

/** The trace as the experiment reads it: GPU nodes and tasks in name order. */
export interface InflationInput { readonly nodes: readonly Node[]; readonly pods: readonly Pod[] }

/** Python's round(): half to even, as the artifact's analysis rounds arrived percent. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x), d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

const demand = (p: PodInfo): number => (p.gpu ? p.gpu.milli * p.gpu.count : 0);

/** Fragment milli / idle milli over the cluster, in percent. */
function fragRatioPct(cache: SchedulerCache, target: readonly TargetShape[]): number {
  const amount = new Array<number>(FRAG_CLASSES.length).fill(0);
  for (const n of cache.nodes) nodeFragAmount(nodeState(n), target, amount);
  const idle = amount.reduce((a, b) => a + b, 0);
  return idle === 0 ? 0 : (100 * (idle - amount[2])) / idle;
}

/**
 * The ATC'23 inflation protocol (artifact: simulator.go SortClusterPods and tuneUpPods, core.go):
 * the tasks sorted by name and shuffled by the seed, then extended with copies of tasks drawn
 * uniformly from the trace while the GPU demand stays within 130% of the cluster's GPU capacity
 * (the first copy that would pass it ends the extension); then each task is scheduled once, in
 * order, by the policy's profile through the scheduler's own schedulePod (no times, no retries:
 * a task that fits nowhere is dropped), ties between nodes going to the lowest node name as in
 * the artifact's selectHost. FGD's target workload is the trace's task shapes.
 */
export function runInflation(input: InflationInput, policy: GpuPolicy, seed: number,
  observe?: TaskObserver): InflationRun {
  const rng = new Rng(seed);
  const base = [...input.pods].sort((a, b) => (a.metadata.name < b.metadata.name ? -1
    : a.metadata.name > b.metadata.name ? 1 : 0)).map(newPodInfo);
  const target = targetWorkloadOf(base);
  const order = base.slice();
  for (let i = order.length - 1; i > 0; i--) { const j = rng.int(0, i); [order[i], order[j]] = [order[j], order[i]]; }

  const cache = new SchedulerCache();
  cache.state = initialState();
  for (const n of input.nodes) cache.addNode(n);
  let capacity = 0;
  for (const n of cache.nodes) capacity += (n.gpu?.free.length ?? 0) * MILLI_PER_GPU;
  if (capacity === 0) throw new Error('the trace has no GPU node');

  const tasks: PodInfo[] = order.map((p) => ({ ...p }));
  let total = tasks.reduce((s, p) => s + demand(p), 0);
  for (let i = 0; ; i++) {
    const p = base[rng.int(0, base.length - 1)];
    if (total + demand(p) > INFLATION_RATIO * capacity) break;
    total += demand(p);
    tasks.push({ ...p, uid: asUid(`${p.uid}-tuned-${i}`), key: `${p.key}-tuned-${i}`, name: `${p.name}-tuned-${i}` });
  }

  const { profiles } = buildProfiles(gpuProfileConfig(policy, policy === 'fgd' ? { targetWorkload: target }
    : undefined));
  // Every task has the same priority, so preemption can never free a node: the protocol drops the task.
  const profile = { ...profiles[0], postFilter: [] };
  const randomInt = (n: number): number => (n <= 1 ? 0 : rng.int(0, n - 1));
  const ctx: ScheduleContext = { snapshot: cache, profile, randomInt, startIndex: 0, nominated: new Map(),
    explain: false, lowestNameWinsTies: true };
  const sums = new Float64Array(131), counts = new Int32Array(131);
  let arrived = 0, allocated = 0, failed = 0, fragAt100 = -1;
  for (const t of tasks) {
    const r = schedulePod(ctx, t);
    if (r.node) {
      const node = cache.get(r.node)!;
      t.gpuDevices = chooseGpuDevices(profile, t, node, randomInt);
      const before = node.gpu ? gpuMilliLeft(node.gpu.free) : 0;
      cache.addPod(t, r.node);
      allocated += before - (node.gpu ? gpuMilliLeft(node.gpu.free) : 0);
    } else failed++;
    observe?.(t, r.node, cache);
    arrived += demand(t);
    const bucket = roundHalfEven((100 * arrived) / capacity);
    if (bucket <= 130) { sums[bucket] += (100 * allocated) / capacity; counts[bucket]++; }
    if (fragAt100 < 0 && arrived >= capacity) fragAt100 = fragRatioPct(cache, target);
  }
  const curve: [number, number][] = [];
  for (let k = 0; k <= 130; k++) if (counts[k] > 0) curve.push([k, 100 - sums[k] / counts[k]]);
  const at100 = curve.find(([k]) => k === 100) ?? curve.filter(([k]) => Math.abs(k - 100) <= 1)[0];
  return {
    policy, seed, tasks: tasks.length, failedTasks: failed, curve,
    unallocatedGpuPctAt100: at100 ? at100[1] : NaN,
    fragRatioPctAt100: fragAt100 < 0 ? fragRatioPct(cache, target) : fragAt100,
    fragRatioPctEnd: fragRatioPct(cache, target),
  };
}
