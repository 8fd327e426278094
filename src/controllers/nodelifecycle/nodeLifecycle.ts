import type { Condition, Taint } from '../../api/types.js';
import { TAINT_NODE_NOT_READY, TAINT_NODE_UNREACHABLE } from '../../apiserver/admission.js';
import type { ComponentContext } from '../../decider/component.js';
import type { ClusterEvent } from '../../events/index.js';
import { asNodeName, type Millis, type NodeName, type ObjectKey } from '../../api/ids.js';
import { type ClusterState, type NodeState, podUidsOnNode } from '../../reducers/state.js';
import { tget } from '../../reducers/table.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef, type SyncContext, type SyncResult, NO_KEYS } from '../controller.js';
import { podKey, recordEvent } from '../batchUtils.js';
import { NODE_CONDITION_TO_TAINT, noScheduleTaintDiff } from './conditionTaints.js';
import { computeZoneState, nextTaintSlot, zoneKey, zoneTaintRate } from './zoneStates.js';
import { DEFAULT_CONTROLLER_MANAGER } from '../../scenario/clusterFlags.js';
import { tvalues } from '../../reducers/table.js';

/** kube-controller-manager --node-monitor-period default (pkg/controller/nodelifecycle config): 5 s. */
export const NODE_MONITOR_PERIOD_MS = 5_000;
/** --node-monitor-grace-period default: 50 s since v1.32 (40 s before) (nodelifecycle config defaults). */
export const NODE_MONITOR_GRACE_PERIOD_MS = 50_000;
/**
 * The kubelet renews its node Lease every 10 s: leaseDuration 40 s x
 * nodeLeaseRenewIntervalFraction 0.25 (pkg/kubelet/kubelet.go).
 */
export const NODE_LEASE_RENEW_INTERVAL_MS = 10_000;
/** pkg/controller/nodelifecycle/node_lifecycle_controller.go: the message of every Unknown condition. */
export const NODE_STATUS_UNKNOWN_MESSAGE = 'Kubelet stopped posting node status.';
/**
 * node_lifecycle_controller.go tryUpdateNodeHealth: a condition the kubelet never posted becomes
 * Unknown with reason NodeStatusNeverUpdated, heartbeat and transition at the node's creation.
 */
export const NODE_STATUS_NEVER_UPDATED = { reason: 'NodeStatusNeverUpdated',
  message: 'Kubelet never posted node status.' } as const;

/** The conditions the node lifecycle controller turns Unknown (node_lifecycle_controller.go, tryUpdateNodeHealth). */
const MONITORED = ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'] as const;
/** What the kubelet posts when it is healthy (pkg/kubelet/nodestatus/setters.go). */
const HEALTHY: Record<string, { status: 'True' | 'False'; reason: string; message: string }> = {
  MemoryPressure: { status: 'False', reason: 'KubeletHasSufficientMemory',
    message: 'kubelet has sufficient memory available' },
  DiskPressure: { status: 'False', reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
  PIDPressure: { status: 'False', reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
  Ready: { status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
};

/**
 * When the controller marks a lost node Unknown. The kubelet's last lease renewal is the last
 * 10 s tick (from its last heartbeat) at or before the loss; monitorNodeHealth, which runs every
 * `period` from the controller's start (the simulation's start here), sees it at its next tick
 * (probeTimestamp = that tick's now, tryUpdateNodeHealth) and declares the node Unknown at the
 * first tick where probeTimestamp + grace is strictly before now. Both comparisons happen at
 * ticks only: with the defaults a renewal is judged 50-60 s after it; a shorter
 * --node-monitor-period narrows that.
 *
 * @example nodeUnknownAt(0, 62_000) // renewal 60 s, seen 60 s, Unknown at 115 s
 */
export function nodeUnknownAt(lastHeartbeat: Millis, lostAt: Millis, period = NODE_MONITOR_PERIOD_MS,
  grace = NODE_MONITOR_GRACE_PERIOD_MS): { lastRenewal: Millis; unknownAt: Millis } {
  const lastRenewal =
    lastHeartbeat + Math.floor((lostAt - lastHeartbeat) / NODE_LEASE_RENEW_INTERVAL_MS) * NODE_LEASE_RENEW_INTERVAL_MS;
  const probe = Math.ceil(lastRenewal / period) * period;
  const unknownAt = (Math.floor((probe + grace) / period) + 1) * period;
  return { lastRenewal, unknownAt };
}

/** The taints a node's Ready condition calls for (node_lifecycle_controller.go: nodeConditionToTaintKeyStatusMap). */
export function taintsForReady(status: string | undefined): readonly { key: string; effect: Taint['effect'] }[] {
  const key = status === 'Unknown' ? TAINT_NODE_UNREACHABLE : status === 'False' ? TAINT_NODE_NOT_READY : undefined;
  return key ? [{ key, effect: 'NoSchedule' }, { key, effect: 'NoExecute' }] : [];
}

/**
 * The node lifecycle controller (pkg/controller/nodelifecycle): monitorNodeHealth marks a node
 * whose kubelet stopped reporting Ready=Unknown (and its pods Ready=False, markPodsNotReady),
 * then keeps the not-ready / unreachable taints in step with the Ready condition. Instead of
 * ticking every 5 s it computes the tick at which the outcome changes and syncs then.
 */
export function makeNodeLifecycleController(): ControllerDef {
  const lostAt = new Map<string, Millis>();
  /** When each zone's rate-limited tainter last added a NoExecute taint (its token bucket). */
  const lastTaintAt = new Map<string, Millis>();
  return {
    name: 'node-lifecycle-controller',
    factTypes: ['NodeLost', 'NodeRecovered', 'NodeRemoved', 'NodeAdded', 'NodeConditionChanged',
      'NodeSchedulableChanged'],
    keysFor(e: ClusterEvent): readonly ObjectKey[] {
      switch (e.type) {
        case 'NodeLost': lostAt.set(e.node, e.at); return [e.node];
        case 'NodeRecovered': case 'NodeRemoved': lostAt.delete(e.node); return [e.node];
        case 'NodeAdded': return [e.node];
        case 'NodeConditionChanged': return e.condition.type in NODE_CONDITION_TO_TAINT ? [e.node] : NO_KEYS;
        case 'NodeSchedulableChanged': return [e.node];
        default: return NO_KEYS;
      }
    },
    sync: (key, state, ctx) => syncNode(asNodeName(key), state, ctx, lostAt, lastTaintAt),
  };
}

function syncNode(name: NodeName, state: ClusterState, ctx: SyncContext, lostNodes: ReadonlyMap<string, Millis>,
  lastTaintAt: Map<string, Millis>): SyncResult | void {
  const lostAt = lostNodes.get(name);
  const n = tget(state.nodes, name);
  if (!n) return;
  const out = ctx.out, now = ctx.now;
  const ready = n.object.status.conditions.find((c) => c.type === 'Ready');
  if (n.lost) {
    const flags = ctx.scenario.cluster?.controllerManager ?? DEFAULT_CONTROLLER_MANAGER;
    const { unknownAt } = nodeUnknownAt(n.lastHeartbeat, lostAt ?? n.lastHeartbeat, flags.nodeMonitorPeriod,
      flags.nodeMonitorGracePeriod);
    if (now < unknownAt) return { requeueAfter: unknownAt - now };
    const marking = ready?.status !== 'Unknown';
    if (marking) markNodeUnknown(n, state, ctx);
    return reconcileTaints(name, n, 'Unknown', ctx, marking, taintGate(n, state, ctx, lostNodes, lastTaintAt));
  }
  if (lostAt === undefined && ready?.status === 'Unknown') {
    // The kubelet is back: its first status post (pkg/kubelet/nodestatus/setters.go) sets every condition healthy.
    for (const type of MONITORED) {
      const h = HEALTHY[type];
      out.emit({ type: 'NodeConditionChanged', at: now, node: name,
        condition: { type, status: h.status, reason: h.reason, message: h.message, lastHeartbeatTime: now,
          lastTransitionTime: now } });
    }
    reconcileTaints(name, n, 'True', ctx);
    return;
  }
  return reconcileTaints(name, n, ready?.status, ctx, false, taintGate(n, state, ctx, lostNodes, lastTaintAt));
}

/**
 * Whether a NoExecute taint may be added to `n` now (doNoExecuteTaintingPass through the zone's
 * RateLimitedTimedQueue): the zone's state from every node's Ready condition (this node's as just
 * decided) sets the rate (zoneStates.ts); the token bucket spaces taints 1/rate apart. Otherwise
 * when to look again: the next token, or the next monitor period while the rate is 0.
 */
function taintGate(n: NodeState, state: ClusterState, ctx: SyncContext, lostNodes: ReadonlyMap<string, Millis>,
  lastTaintAt: Map<string, Millis>): () => { ok: true } | { ok: false; retryAt: Millis } {
  // monitorNodeHealth updates every node before handleDisruption: a lost node due Unknown by now counts as such.
  const readyOf = (m: NodeState): string | undefined => {
    const lost = lostNodes.get(m.object.metadata.name);
    if (m.lost && lost !== undefined && nodeUnknownAt(m.lastHeartbeat, lost).unknownAt <= ctx.now) return 'Unknown';
    return m.object.status.conditions.find((c) => c.type === 'Ready')?.status;
  };
  return () => {
    const flags = ctx.scenario.cluster?.controllerManager ?? DEFAULT_CONTROLLER_MANAGER;
    const zones = new Map<string, (string | undefined)[]>();
    for (const m of tvalues(state.nodes)) {
      const z = zoneKey(m.object);
      zones.set(z, [...(zones.get(z) ?? []), readyOf(m)]);
    }
    const zone = zoneKey(n.object), mine = zones.get(zone) ?? [];
    const all = [...zones.values()].every((z) => computeZoneState(z,
      flags.unhealthyZoneThreshold) === 'FullDisruption');
    const rate = zoneTaintRate(computeZoneState(mine, flags.unhealthyZoneThreshold), mine.length, all, flags);
    const slot = nextTaintSlot(lastTaintAt.get(zone), rate, ctx.now);
    if (slot === ctx.now) { lastTaintAt.set(zone, ctx.now); return { ok: true }; }
    return { ok: false, retryAt: slot ?? ctx.now + NODE_MONITOR_PERIOD_MS };
  };
}

function markNodeUnknown(n: NodeState, state: ClusterState, ctx: SyncContext): void {
  const name = n.object.metadata.name, out = ctx.out, now = ctx.now;
  for (const type of MONITORED) {
    const prev = n.object.status.conditions.find((c) => c.type === type);
    const created = n.object.metadata.creationTimestamp ?? now;
    const cond: Condition = prev ? {
      type, status: 'Unknown', reason: 'NodeStatusUnknown', message: NODE_STATUS_UNKNOWN_MESSAGE,
      ...(prev.lastHeartbeatTime !== undefined ? { lastHeartbeatTime: prev.lastHeartbeatTime } : {}),
      lastTransitionTime: now,
    } : { type, status: 'Unknown', ...NODE_STATUS_NEVER_UPDATED, lastHeartbeatTime: created,
      lastTransitionTime: created };
    out.emit({ type: 'NodeConditionChanged', at: now, node: name, condition: cond });
  }
  // markPodsNotReady (pkg/controller/util/node/controller_utils.go): Ready=False on every pod of the node.
  for (const uid of podUidsOnNode(state, name)) {
    const pod = tget(state.pods, uid);
    if (!pod || pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') continue;
    const r = pod.status.conditions.find((c) => c.type === 'Ready');
    if (r?.status === 'False') continue;
    out.emit({ type: 'PodStatusPatched', at: now, pod: podKey(pod), uid,
      conditions: [{ ...(r ?? { type: 'Ready', lastProbeTime: null }), status: 'False',
        lastTransitionTime: now } as Condition] });
    recordEvent(out, 'pods', podKey(pod), 'NodeNotReady', 'Node is not ready', 'Warning');
  }
}

/**
 * Keeps the controller's taints in step: NoExecute not-ready / unreachable from the Ready condition
 * (doNoExecuteTaintingPass), and the NoSchedule taints of every condition in
 * nodeConditionToTaintKeyStatusMap plus node.kubernetes.io/unschedulable for a cordoned node
 * (doNoScheduleTaintingPass). `readyStatus` is the Ready status this sync decided (its facts are
 * not folded yet); `allUnknown`: the node was just marked Unknown, every monitored condition with it.
 */
function reconcileTaints(
  name: NodeName, n: NodeState, readyStatus: string | undefined, ctx: SyncContext, allUnknown = false,
  gate: () => { ok: true } | { ok: false; retryAt: Millis } = () => ({ ok: true }),
): SyncResult | void {
  const conditions = n.object.status.conditions.map((c): Condition =>
    allUnknown && (MONITORED as readonly string[]).includes(c.type) ? { ...c, status: 'Unknown' }
      : c.type === 'Ready' && readyStatus !== undefined ? { ...c, status: readyStatus as Condition['status'] } : c);
  const noSchedule = noScheduleTaintDiff({ ...n.object, status: { ...n.object.status, conditions } });
  const wantNoExecute = taintsForReady(readyStatus).filter((t) => t.effect === 'NoExecute');
  const managed = [TAINT_NODE_NOT_READY, TAINT_NODE_UNREACHABLE];
  const taints = n.object.spec.taints ?? [];
  for (const t of taints) {
    const stale = t.effect === 'NoExecute' ? managed.includes(t.key) && !wantNoExecute.some((w) => w.key === t.key)
      : noSchedule.remove.some((r) => r.key === t.key && r.effect === t.effect);
    if (stale) ctx.out.emit({ type: 'NodeUntainted', at: ctx.now, node: name, key: t.key, effect: t.effect });
  }
  let missing = wantNoExecute.filter((w) => !taints.some((t) => t.key === w.key && t.effect === w.effect));
  // Swapping not-ready for unreachable (or back) is not rate limited (SwapNodeControllerTaint on a
  // node already in the queue); a first NoExecute taint waits for its zone's token.
  const swapping = taints.some((t) => t.effect === 'NoExecute' && managed.includes(t.key));
  let result: SyncResult | void = undefined;
  if (missing.length > 0 && !swapping) {
    const g = gate();
    if (!g.ok) { missing = []; result = { requeueAfter: g.retryAt - ctx.now }; }
  }
  const add = [...noSchedule.add, ...missing];
  for (const w of add) {
    // Only NoExecute taints carry timeAdded (the taint eviction controller counts tolerationSeconds from it).
    const taint = w.effect === 'NoExecute' ? { key: w.key, effect: w.effect, timeAdded: ctx.now }
      : { key: w.key, effect: w.effect };
    ctx.out.emit({ type: 'NodeTainted', at: ctx.now, node: name, taint });
  }
  return result;
}

export const nodeLifecycleController = {
  name: 'node-lifecycle-controller',
  create: (s: Scenario, ctx: ComponentContext) => new ControllerComponent(makeNodeLifecycleController(), s, ctx.rng,
    ctx.options),
};
