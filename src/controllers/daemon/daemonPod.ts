import type { Pod } from '../../api/types.js';
import type { Millis } from '../../api/ids.js';
import { CONTROLLER_REVISION_HASH_LABEL } from '../history/controllerRevision.js';
import type { LabelSelector } from '../../api/types.js';
import { isPodReady, isPodTerminating, podReadyTime, selectorMatches } from '../controllerUtils.js';
import { targetNodeName } from './daemonSetUtil.js';

/**
 * What the DaemonSet controller reads of one of its pods, derived once per pod change (the
 * controller's OwnedPodView keeps them between syncs; see ownedPodView.ts).
 */
export interface DaemonPod {
  readonly pod: Pod;
  /** daemonset_util.go GetTargetNodeName. */
  readonly node: string | undefined;
  readonly bound: boolean;
  readonly terminating: boolean;
  readonly failed: boolean;
  readonly ready: boolean;
  /** When the Ready condition last became True. */
  readonly readySince: Millis | undefined;
  readonly hash: string | undefined;
  readonly created: number;
  readonly name: string;
  /**
   * The last selector this pod was matched against and the answer (selectors are immutable; a label change makes a new
   * summary).
   */
  matchedSelector: object | undefined;
  matches: boolean;
}

export function daemonPod(p: Pod): DaemonPod {
  const ready = isPodReady(p);
  return {
    pod: p, node: targetNodeName(p), bound: !!p.spec.nodeName, terminating: isPodTerminating(p),
      failed: p.status.phase === 'Failed',
    ready, readySince: ready ? podReadyTime(p) : undefined, hash: p.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL],
    created: p.metadata.creationTimestamp ?? 0, name: p.metadata.name, matchedSelector: undefined, matches: false,
  };
}

/** selectorMatches on the pod's labels, remembered on the summary per selector object. */
export function matchesSelector(d: DaemonPod, selector: LabelSelector | undefined): boolean {
  if (d.matchedSelector !== selector || selector === undefined) {
    d.matches = selectorMatches(selector, d.pod.metadata.labels);
    d.matchedSelector = selector;
  }
  return d.matches;
}

export const byCreationD = (a: DaemonPod, b: DaemonPod): number => a.created - b.created
  || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
export const isUpdated = (p: DaemonPod, hash: string): boolean => p.hash === hash;
/** pkg/api/v1/pod IsPodAvailable on a summary. */
export const available = (p: DaemonPod, mrs: number, now: Millis): boolean => p.ready
  && (mrs === 0 || (p.readySince !== undefined && p.readySince + mrs * 1000 < now));
export const availableAtD = (p: DaemonPod, mrs: number): Millis | undefined =>
  (p.readySince === undefined ? undefined : p.readySince + mrs * 1000 + 1);

/** update.go findUpdatedPodsOnNode: at most one new and one old pod, or not ok. */
export function findUpdatedPodsOnNode(pods: readonly DaemonPod[], hash: string): { ok: boolean; newPod?: DaemonPod;
  oldPod?: DaemonPod } {
  let newPod: DaemonPod | undefined, oldPod: DaemonPod | undefined;
  for (const p of pods) {
    if (p.terminating) continue;
    if (isUpdated(p, hash)) { if (newPod) return { ok: false }; newPod = p; }
    else { if (oldPod) return { ok: false }; oldPod = p; }
  }
  return { ok: true, ...(newPod ? { newPod } : {}), ...(oldPod ? { oldPod } : {}) };
}

