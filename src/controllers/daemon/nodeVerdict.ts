import type { Millis } from '../../api/ids.js';
import { available, availableAtD, findUpdatedPodsOnNode, isUpdated, type DaemonPod } from './daemonPod.js';

/** daemon_controller.go NodeShouldRunDaemonPod's answer for one node. */
export type Should = { shouldRun: boolean; shouldContinueRunning: boolean };

/** updateDaemonSetStatus's counts, one bit each, as one node contributes them. */
export const DESIRED = 1, CURRENT = 2, MISSCHEDULED = 4, READY = 8, AVAILABLE = 16, UPDATED = 32;
export const STATUS_BITS = [DESIRED, CURRENT, MISSCHEDULED, READY, AVAILABLE, UPDATED] as const;

/**
 * How update.go rollingUpdate sees one node of getNodesToDaemonPods (a node with a claimed pod
 * that is not both deleted and terminal): findUpdatedPodsOnNode over its pods (terminating ones
 * skipped), and whether the new and old pod are available. NO_PODS: the node is not in that map.
 * On a node that should not run the pod the kind is SHOULD_NOT_RUN + kind (the surge path treats
 * those nodes apart; the path without surge does not look).
 */
export const NO_PODS = 0, NOT_OK = 1, NO_LIVE_POD = 2, NEW_UNAVAILABLE = 3, NEW_AVAILABLE = 4, OLD_UNAVAILABLE = 5,
  OLD_AVAILABLE = 6, BOTH_NEW_UNAVAILABLE = 7, BOTH_NEW_AVAILABLE = 8;
export const SHOULD_NOT_RUN = 8, ROLLING_KINDS = 17;

/** What the inputs of podsShouldBeOnNode are besides the node's own: the same for every node in one sync. */
export interface ManageInputs {
  readonly hash: string;
  /** RollingUpdate with a maxSurge above 0 (manage then keeps an old and a new pod on a node). */
  readonly surge: boolean;
  /** manage runs (the DaemonSet is not being deleted). */
  readonly manage: boolean;
  readonly minReadySeconds: number;
  readonly now: Millis;
}

/** One node's share of a sync: what manage does there, its status counts, and how rollingUpdate sees it. */
export interface NodeVerdict {
  /** shouldRun and no daemon pod: a pod is to be created. */
  readonly needing: boolean;
  /** Failed pods (one FailedDaemonPod event each), in the node's pod order. */
  readonly failed: readonly DaemonPod[];
  readonly toDelete: readonly DaemonPod[];
  readonly status: number;
  /** When the node's first pod becomes available (minReadySeconds), or Infinity. */
  readonly availableAt: number;
  readonly rolling: number;
  readonly oldPod: DaemonPod | undefined;
  /**
   * The verdict read `now`: a ready pod not yet available after minReadySeconds. The same inputs
   * give another verdict later, so an incremental sync must look at this node again.
   */
  readonly timed: boolean;
}

const NONE: readonly DaemonPod[] = Object.freeze([]);
const deletedTerminal = (p: DaemonPod): boolean => p.terminating && (p.failed || p.pod.status.phase === 'Succeeded');

/**
 * daemon_controller.go podsShouldBeOnNode for one node (pods sorted by creation), with the node's
 * updateDaemonSetStatus counts and its update.go rollingUpdate view. A pure function of the node's
 * Should, its daemon pods and the sync-wide inputs (and `now`, only when `timed`).
 */
export function examineNode(should: Should, pods: readonly DaemonPod[] | undefined, m: ManageInputs): NodeVerdict {
  let timed = false;
  const avail = (p: DaemonPod): boolean => {
    if (!p.ready) return false;
    if (available(p, m.minReadySeconds, m.now)) return true;
    timed = true;
    return false;
  };
  let failed = NONE, toDelete = NONE;
  const needing = m.manage && should.shouldRun && pods === undefined;
  if (m.manage && pods !== undefined) {
    const del: DaemonPod[] = [];
    if (should.shouldContinueRunning) {
      const running: DaemonPod[] = [];
      for (const p of pods) {
        if (p.terminating) continue;
        if (p.failed) { if (failed === NONE) failed = []; (failed as DaemonPod[]).push(p); del.push(p); continue; }
        running.push(p);
      }
      if (m.surge) {
        // The oldest new and the oldest old pod stay; the old one goes once the new one is available.
        let oldestNew: DaemonPod | undefined, oldestOld: DaemonPod | undefined;
        for (const p of running) {
          if (isUpdated(p, m.hash)) { if (!oldestNew) { oldestNew = p; continue; } }
          else if (!oldestOld) { oldestOld = p; continue; }
          del.push(p);
        }
        if (oldestNew && oldestOld && (!oldestOld.ready || avail(oldestNew))) del.push(oldestOld);
      } else {
        for (let i = 1; i < running.length; i++) del.push(running[i]);
      }
    } else {
      for (const p of pods) if (!p.terminating) del.push(p);
    }
    if (del.length > 0) toDelete = del;
  }
  let status = 0, availableAt = Infinity;
  if (should.shouldRun) {
    status |= DESIRED;
    if (pods !== undefined) {
      status |= CURRENT;
      const p = pods[0];
      if (p.ready) {
        status |= READY;
        if (avail(p)) status |= AVAILABLE;
        else availableAt = availableAtD(p, m.minReadySeconds) ?? Infinity;
      }
      if (isUpdated(p, m.hash)) status |= UPDATED;
    }
  } else if (pods !== undefined) status |= MISSCHEDULED;
  let rolling = NO_PODS, oldPod: DaemonPod | undefined;
  // getNodesToDaemonPods(ds, false) leaves out pods both deleted and terminal (a node with only those is not listed).
  if (pods !== undefined && !pods.every(deletedTerminal)) {
    const r = findUpdatedPodsOnNode(pods, m.hash);
    oldPod = r.oldPod;
    if (!r.ok) rolling = NOT_OK;
    else if (!r.oldPod && !r.newPod) rolling = NO_LIVE_POD;
    else if (!r.oldPod) rolling = avail(r.newPod!) ? NEW_AVAILABLE : NEW_UNAVAILABLE;
    else if (!r.newPod) rolling = avail(r.oldPod) ? OLD_AVAILABLE : OLD_UNAVAILABLE;
    else rolling = avail(r.newPod) ? BOTH_NEW_AVAILABLE : BOTH_NEW_UNAVAILABLE;
    if (!should.shouldRun) rolling += SHOULD_NOT_RUN;
  }
  return { needing, failed, toDelete, status, availableAt, rolling, oldPod, timed };
}

/** Whether an incremental sync must examine the node again at its next sync although nothing about it changed. */
export const staysActive = (v: NodeVerdict): boolean => v.needing || v.toDelete.length > 0 || v.timed;
