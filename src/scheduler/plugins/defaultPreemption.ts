import type { KubeObject, LabelSelector } from '../../api/types.js';
import type { NodeInfo, PodInfo, PostFilterPlugin, PostFilterResult, Snapshot } from '../framework.js';
import { compileSelector } from '../../api/labelSelector.js';
import { addPod, cloneNodeInfo, removePod } from '../nodeInfo.js';
import { isSuccess } from '../status.js';
import { names } from './names.js';
import { getObject, objectKeys } from '../../reducers/state.js';

/** defaultpreemption/default_preemption.go: minCandidateNodesPercentage and minCandidateNodesAbsolute defaults. */
export const MIN_CANDIDATE_NODES_PERCENTAGE = 10;
export const MIN_CANDIDATE_NODES_ABSOLUTE = 100;
/** framework/preemption/preemption.go reasons. */
export const NO_VICTIMS_REASON = 'No preemption victims found for incoming pod.';
export const NOT_HELPFUL_REASON = 'Preemption is not helpful for scheduling.';
/** framework/types.go NoNodeAvailableMsg. */
export const NO_NODE_AVAILABLE_MSG = 'nodes are available';

const startTime = (p: PodInfo): number => p.pod.status.startTime ?? p.pod.metadata.creationTimestamp ?? 0;
/** util.MoreImportantPod: higher priority, then the one that started earlier. */
const moreImportant = (a: PodInfo, b: PodInfo): number => b.priority - a.priority || startTime(a) - startTime(b);

interface Candidate { readonly node: NodeInfo; readonly victims: PodInfo[]; readonly pdbViolations: number }

/** `0/N nodes are available: ...` with the sorted `COUNT reason` histogram (framework/types.go FitError.Error). */
export function fitErrorMessage(numAllNodes: number, reasonsByNode: Iterable<readonly string[]>): string {
  const counted: [readonly string[], number][] = [];
  for (const reasons of reasonsByNode) counted.push([reasons, 1]);
  return fitErrorMessageCounted(numAllNodes, counted);
}

/** fitErrorMessage with each reason list given once with the number of nodes that gave it. */
export function fitErrorMessageCounted(numAllNodes: number,
  counted: Iterable<readonly [readonly string[], number]>): string {
  const hist = new Map<string, number>();
  // Index loops over the reason lists: they come frozen (shared verdicts) and not, and a for-of over
  // both shapes deoptimised this function on every unschedulable pod ("wrong map").
  for (const [reasons, n] of counted) {
    for (let i = 0; i < reasons.length; i++) hist.set(reasons[i], (hist.get(reasons[i]) ?? 0) + n);
  }
  const parts: string[] = [];
  for (const [r, c] of hist) parts.push(`${c} ${r}`);
  parts.sort();
  return `0/${numAllNodes} ${NO_NODE_AVAILABLE_MSG}: ${parts.join(', ')}.`;
}

interface Pdb { readonly namespace: string; readonly selector: (l: Readonly<Record<string, string>>
  | undefined) => boolean; allowed: number }
function pdbsOf(snapshot: Snapshot): Pdb[] {
  const out: Pdb[] = [];
  for (const key of objectKeys(snapshot.state, 'poddisruptionbudgets')) {
    const o = getObject(snapshot.state, 'poddisruptionbudgets', key) as KubeObject
      & { spec?: { selector?: LabelSelector }; status?: { disruptionsAllowed?: number } };
    out.push({ namespace: o.metadata.namespace ?? 'default', selector: compileSelector(o.spec?.selector),
      allowed: o.status?.disruptionsAllowed ?? 0 });
  }
  return out;
}

/** filterPodsWithPDBViolation: splits victims by whether evicting them (in order) would break a PDB. */
function splitByPdb(victims: readonly PodInfo[], pdbs: readonly Pdb[]): [PodInfo[], PodInfo[]] {
  const allowed = pdbs.map((p) => p.allowed);
  const violating: PodInfo[] = [], ok: PodInfo[] = [];
  for (const v of victims) {
    let violates = false;
    pdbs.forEach((p, i) => {
      if (p.namespace !== v.namespace || !p.selector(v.pod.metadata.labels)) return;
      allowed[i]--;
      if (allowed[i] < 0) violates = true;
    });
    (violates ? violating : ok).push(v);
  }
  return [violating, ok];
}

/**
 * pickOneNodeForPreemption: fewest PDB violations, then the lowest highest-victim priority, the
 * smallest sum of victim priorities, the fewest victims, the latest start among the
 * highest-priority victims, then the first candidate.
 */
export function pickOneNode(cands: readonly Candidate[]): Candidate | undefined {
  const criteria: ((c: Candidate) => number)[] = [
    (c) => -c.pdbViolations,
    (c) => -(c.victims[0]?.priority ?? 0),
    (c) => -c.victims.reduce((s, v) => s + v.priority + 2147483648, 0),
    (c) => -c.victims.length,
    (c) => {
      const top = c.victims[0]?.priority;
      let earliest = Infinity;
      for (const v of c.victims) if (v.priority === top) earliest = Math.min(earliest, startTime(v));
      return earliest === Infinity ? 0 : earliest;
    },
  ];
  let pool = [...cands];
  for (const f of criteria) {
    if (pool.length <= 1) break;
    let best = -Infinity;
    for (const c of pool) best = Math.max(best, f(c));
    pool = pool.filter((c) => f(c) === best);
  }
  return pool[0];
}

/**
 * DefaultPreemption (PostFilter): finds nodes where evicting lower-priority pods lets the pod fit,
 * choosing victims as kube-scheduler does (remove every lower-priority pod, then reprieve from the
 * most important down, PDB-violating ones first), and picks one node. The scheduler nominates the
 * node and deletes the victims gracefully.
 */
export const defaultPreemption = {
  name: names.DefaultPreemption,
  events: ['NodeAdd', 'AssignedPodDelete'],
  postFilter(cs, pod, ctx): PostFilterResult {
    const { snapshot } = ctx;
    if (pod.pod.spec.preemptionPolicy === 'Never') return { victims: [],
      message: 'not eligible due to preemptionPolicy=Never.' };
    const nominated = pod.pod.status.nominatedNodeName ? snapshot.get(pod.pod.status.nominatedNodeName) : undefined;
    if (nominated && nominated.pods.some((p) => p.terminating && p.priority < pod.priority)) {
      return { victims: [], message: 'not eligible due to a terminating pod on the nominated node.' };
    }
    const all = snapshot.nodes;
    const reasons = new Map<string, readonly string[]>();
    const potential: NodeInfo[] = [];
    for (const n of all) {
      const st = ctx.nodeStatus.get(n.name);
      if (st && st.code === 'UnschedulableAndUnresolvable') reasons.set(n.name, [NOT_HELPFUL_REASON]);
      else potential.push(n);
    }
    const fail = (): PostFilterResult =>
      ({ victims: [], message: `preemption: ${fitErrorMessage(all.length, reasons.values())}` });
    if (potential.length === 0) return fail();
    const pdbs = pdbsOf(snapshot);
    const numCandidates = Math.min(potential.length, Math.max(
      Math.trunc((potential.length * MIN_CANDIDATE_NODES_PERCENTAGE) / 100), MIN_CANDIDATE_NODES_ABSOLUTE));
    const offset = ctx.randomInt(potential.length);
    const cands: Candidate[] = [];
    for (let k = 0; k < potential.length && cands.length < numCandidates; k++) {
      const node = potential[(offset + k) % potential.length];
      const c = selectVictimsOnNode(cs, pod, node, pdbs, ctx);
      if (c) cands.push(c);
      else reasons.set(node.name, [NO_VICTIMS_REASON]);
    }
    const best = pickOneNode(cands);
    if (!best) return fail();
    return { nominatedNode: best.node.name, victims: best.victims, message: '' };
  },
} satisfies PostFilterPlugin;

function selectVictimsOnNode(cs: Parameters<PostFilterPlugin['postFilter']>[0], pod: PodInfo, node: NodeInfo,
  pdbs: readonly Pdb[], ctx: Parameters<PostFilterPlugin['postFilter']>[2]): Candidate | undefined {
  // No lower-priority pod: nothing to evict, so no candidate (checked before copying anything:
  // a pod that fits nowhere among equal-priority pods is tried against every node).
  if (!node.pods.some((p) => p.priority < pod.priority && p.uid !== pod.uid)) return undefined;
  const clone = cloneNodeInfo(node);
  const lower = node.pods.filter((p) => p.priority < pod.priority && p.uid !== pod.uid);
  for (const p of lower) removePod(clone, p);
  if (!isSuccess(ctx.runFilters(cs, pod, clone))) return undefined;
  lower.sort(moreImportant);
  const [violating, ok] = splitByPdb(lower, pdbs);
  const victims: PodInfo[] = [];
  let pdbViolations = 0;
  const reprieve = (p: PodInfo, isViolating: boolean) => {
    addPod(clone, p);
    if (!isSuccess(ctx.runFilters(cs, pod, clone))) {
      removePod(clone, p);
      victims.push(p);
      if (isViolating) pdbViolations++;
    }
  };
  for (const p of violating) reprieve(p, true);
  for (const p of ok) reprieve(p, false);
  if (victims.length === 0) return undefined;
  victims.sort(moreImportant);
  return { node, victims, pdbViolations };
}
