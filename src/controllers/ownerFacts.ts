import type { ClusterEvent } from '../events/index.js';
import type { ClusterState } from '../reducers/state.js';
import { objectCount } from '../reducers/state.js';
import { changedPod } from './podOwnerKeys.js';
import { controllerRefOf, isPodActive } from './controllerUtils.js';

/*
 * Owner-keyed dispatch (issue #17): which facts of a batch can wake a controller that owns pods
 * through a selector (ownedPodsKeysFor: ReplicaSet, ReplicationController, StatefulSet, DaemonSet).
 * A pod fact wakes the controller of its pod's owner kind (before or after the batch, or the owner
 * an adoption names), or, for an active orphan, every controller of that kind with objects to adopt
 * it: as kube-controller-manager's informers resolve a pod event to its controllerRef. Computed
 * once per batch for every such controller; a batch of bare pods' facts then wakes none of them,
 * where each controller used to ask each fact.
 */

/** A fact of the batch that may concern a selector-owner controller, and what decides which. */
interface Candidate {
  readonly index: number;
  /** ObjectApplied and ObjectTerminating: their resource's controller enqueues the object. */
  readonly resource: string | undefined;
  /** The controller kinds of the pod before and after the batch, and of the owner an adoption names. */
  readonly before: string | undefined;
  readonly after: string | undefined;
  readonly adopter: string | undefined;
  /** The pod after the batch is active and has no controller: any owner of a matching selector may adopt it. */
  readonly orphan: boolean;
  /**
   * A pod fact of a batch where no pod before or after it has a controller: it can only concern a
   * controller as an orphan to adopt, so whether it is one (changedPod, two table reads) is found
   * only for a controller with objects that could adopt it (`orphan` is then unset).
   */
  readonly deferred: boolean;
}

/** Whether no pod of `s` has a controller (all are in the orphan shards of podsByOwner). */
const noPodHasController = (s: ClusterState): boolean => s.orphanPodCount === s.pods.size;

let memoEvents: readonly ClusterEvent[] | undefined, memoState: ClusterState | undefined,
  memoPrev: ClusterState | undefined;
let memo: readonly Candidate[] = [];

/** The batch's candidates, computed by the first selector-owner controller that observes it. */
function candidates(events: readonly ClusterEvent[], state: ClusterState, prev: ClusterState): readonly Candidate[] {
  if (events === memoEvents && state === memoState && prev === memoPrev) return memo;
  const out: Candidate[] = [];
  const bare = noPodHasController(state) && noPodHasController(prev);
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    switch (e.type) {
      case 'ObjectApplied': case 'ObjectTerminating':
        out.push({ index: i, resource: e.resource, before: undefined, after: undefined, adopter: undefined,
          orphan: false, deferred: false });
        continue;
      case 'ObjectStatusUpdated': case 'ObjectDeleted': case 'ControllerEvent':
        continue;
    }
    // changedPod's own test for a pod fact; an adoption (PodMetadataChanged) always takes the full path.
    if (bare && e.type !== 'PodMetadataChanged' && 'pod' in e && typeof (e as { uid?: unknown }).uid === 'string') {
      out.push({ index: i, resource: undefined, before: undefined, after: undefined, adopter: undefined,
        orphan: false, deferred: true });
      continue;
    }
    const ch = changedPod(e, state, prev);
    if (!ch) continue;
    const before = ch.before ? controllerRefOf(ch.before)?.kind : undefined;
    const afterRef = ch.after ? controllerRefOf(ch.after) : undefined;
    const adopter = e.type === 'PodMetadataChanged' ? e.ownerReferences?.find((r) => r.controller)?.kind : undefined;
    out.push({ index: i, resource: undefined, before, after: afterRef?.kind, adopter,
      orphan: ch.after !== undefined && afterRef === undefined && isPodActive(ch.after), deferred: false });
  }
  memoEvents = events; memoState = state; memoPrev = prev; memo = out;
  return out;
}

const NO_FACTS: readonly number[] = Object.freeze([]);

/**
 * `factsFor` of a controller built with ownedPodsKeysFor(resource, kind): the indexes of the
 * batch's facts its keysFor may return keys for (every other fact gives it none), in order.
 */
export const ownedPodsFactsFor = (resource: string, kind: string) =>
  (events: readonly ClusterEvent[], state: ClusterState, prev: ClusterState): readonly number[] => {
    const cs = candidates(events, state, prev);
    const adopts = objectCount(state, resource) > 0;
    let out: number[] | undefined;
    for (const c of cs) {
      if (c.deferred ? adopts && isActiveOrphan(events[c.index], state, prev) : c.resource === resource
        || c.before === kind || c.after === kind || c.adopter === kind
          || (c.orphan && adopts)) (out ??= []).push(c.index);
    }
    return out ?? NO_FACTS;
  };

/** A deferred candidate's `orphan`, as candidates() computes it for the others (changedPod is memoised per batch). */
function isActiveOrphan(e: ClusterEvent, state: ClusterState, prev: ClusterState): boolean {
  const ch = changedPod(e, state, prev);
  return ch !== undefined && ch.after !== undefined && controllerRefOf(ch.after) === undefined
    && isPodActive(ch.after);
}
