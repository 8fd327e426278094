import type { CycleState } from './cycleState.js';
import type { PodInfo, Profile, Resources, Snapshot } from './framework.js';
import type { NodeColumns } from './nodeColumns.js';
import { balancedScoreOf } from './plugins/balancedAllocation.js';
import { calculatePriority, imageLocalityState } from './plugins/imageLocality.js';
import { cpuMemoryScore } from './plugins/nodeResourcesFit.js';
import type { Skips } from './skips.js';

/**
 * What the fused pass scores this attempt: the weight of each formula it knows (0: not scored),
 * and ImageLocality's image columns with their spreads. One object, refilled by every attempt.
 */
export class FusedPlan {
  fit = 0;
  most = false;
  balanced = 0;
  image = 0;
  /** The first `images` entries are this attempt's (written in place: emptied arrays would be reallocated). */
  readonly imageCols: Float64Array[] = [];
  readonly spreads: number[] = [];
  images = 0;
  containers = 0;
  /** The id of what the resource scores read besides a row's numbers (keyIdOf). */
  key = 0;
}
const PLAN = new FusedPlan();

/**
 * Resource keys by their text, and the next id: a key names the weights of the two resource
 * scores and the pod's requests, so a row whose generation and key are the ones its memo was
 * computed for has the same resource part of its total. Ids only grow (a row's stale memo never
 * matches a new id); the map is emptied when large, which only costs recomputing.
 */
const KEY_IDS = new Map<string, number>();
let nextKeyId = 1;
const MAX_KEYS = 4096;
/**
 * The key of a pod's requests object (podInfo.ts shares one per spec, frozen, so pods of one
 * template share it) under the weights last seen: no key text is built for them (~700 bytes of
 * strings per attempt).
 */
let byRequests = new WeakMap<Resources, number>();
let weightsOfByRequests = '';

function keyIdOf(p: FusedPlan, pod: PodInfo): number {
  const weights = p.fit === LAST.fit && p.most === LAST.most && p.balanced === LAST.balanced ? weightsOfByRequests
    : `${p.fit} ${p.most} ${p.balanced}`;
  if (weights !== weightsOfByRequests) {
    byRequests = new WeakMap(); weightsOfByRequests = weights;
    LAST.fit = p.fit; LAST.most = p.most; LAST.balanced = p.balanced;
  }
  const known = byRequests.get(pod.req);
  if (known !== undefined) return known;
  const text = `${weights} ${pod.req.cpu} ${pod.req.memory} ${pod.nonZeroCpu} ${pod.nonZeroMemory}`;
  let id = KEY_IDS.get(text);
  if (id === undefined) {
    if (KEY_IDS.size >= MAX_KEYS) KEY_IDS.clear();
    id = nextKeyId++;
    KEY_IDS.set(text, id);
  }
  byRequests.set(pod.req, id);
  return id;
}
const LAST = { fit: -1, most: false, balanced: -1 };

/**
 * The plan for this attempt's Score phase, or undefined when a plugin that scores has no column
 * formula (the framework's per-plugin loop then runs). Plugins are taken as that loop takes them:
 * PreScore's Skips and uniform scores (scoresUniform) are left out; each other plugin must have
 * `columnScore`. Call after PreScore.
 */
export function planFused(profile: Profile, s: CycleState, pod: PodInfo, snapshot: Snapshot, cols: NodeColumns,
  skipScore: Skips): FusedPlan | undefined {
  const p = PLAN;
  p.fit = 0; p.balanced = 0; p.image = 0; p.images = 0;
  for (let pi = 0; pi < profile.score.length; pi++) {
    const { plugin, weight } = profile.score[pi];
    if (skipScore.has(plugin.name) || plugin.scoresUniform?.(s, pod, snapshot)) continue;
    switch (plugin.columnScore) {
      case 'LeastAllocated': case 'MostAllocated':
        if (p.fit !== 0) return undefined;
        p.fit = weight; p.most = plugin.columnScore === 'MostAllocated';
        break;
      case 'BalancedAllocation':
        if (p.balanced !== 0) return undefined;
        p.balanced = weight;
        break;
      case 'ImageLocality': {
        if (p.image !== 0) return undefined;
        const st = imageLocalityState(s);
        // Without PreScore state every score is 0 (imageLocality's score): it adds nothing.
        if (!st) break;
        p.image = weight; p.containers = st.containers;
        // An image no node ever had adds 0 on every node (scoreIndexed skips it too).
        for (const img of st.images) {
          const col = cols.imageSize(img.name);
          if (!col) continue;
          if (p.images < p.imageCols.length) { p.imageCols[p.images] = col; p.spreads[p.images] = img.spread; }
          else { p.imageCols.push(col); p.spreads.push(img.spread); }
          p.images++;
        }
        break;
      }
      default: return undefined;
    }
  }
  p.key = keyIdOf(p, pod);
  return p;
}

/**
 * The Score phase and selectHost fused over the feasible nodes' column rows (fidx[0..found)): each
 * node's weighted total is the sum the per-plugin loop builds (integers, so exact in any order),
 * and ties are broken as scheduleOne.ts selectHost does, with the same draws in the same order.
 * Returns the index k of the node chosen (fidx[k]).
 */
export function scoreAndSelectFused(p: FusedPlan, pod: PodInfo, cols: NodeColumns, fidx: Int32Array, found: number,
  randomInt: (n: number) => number): number {
  const { memoTotal, memoKey, memoGeneration, generation } = cols;
  const key = p.key, image = p.image, images = p.images;
  let best = 0, bestTotal = -Infinity, ties = 0;
  for (let k = 0; k < found; k++) {
    const i = fidx[k];
    let total: number;
    if (memoKey[i] === key && memoGeneration[i] === generation[i]) total = memoTotal[i];
    else {
      total = resourceTotal(p, pod, cols, i);
      memoTotal[i] = total; memoKey[i] = key; memoGeneration[i] = generation[i];
    }
    if (image !== 0) {
      let sum = 0;
      for (let m = 0; m < images; m++) sum += Math.trunc(p.imageCols[m][i] * p.spreads[m]);
      total += image * calculatePriority(sum, p.containers);
    }
    if (total > bestTotal) { best = k; bestTotal = total; ties = 1; }
    else if (total === bestTotal) { ties++; if (randomInt(ties) === 0) best = k; }
  }
  return best;
}

/** One row's NodeResourcesFit and BalancedAllocation scores, weighted and added. */
function resourceTotal(p: FusedPlan, pod: PodInfo, cols: NodeColumns, i: number): number {
  const { allocCpu, allocMemory, reqCpu, reqMemory, nonZeroCpu, nonZeroMemory } = cols;
  let total = 0;
  if (p.fit !== 0) total += p.fit * cpuMemoryScore(p.most, allocCpu[i], allocMemory[i],
    nonZeroCpu[i] + pod.nonZeroCpu, nonZeroMemory[i] + pod.nonZeroMemory);
  if (p.balanced !== 0) total += p.balanced * balancedScoreOf(allocCpu[i], allocMemory[i], reqCpu[i] + pod.req.cpu,
    reqMemory[i] + pod.req.memory);
  return total;
}
