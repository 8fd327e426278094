import type { Pod } from '../../api/types.js';
import type { Millis } from '../../api/ids.js';
import type { LabelSelector } from '../../api/types.js';
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
export declare function daemonPod(p: Pod): DaemonPod;
/** selectorMatches on the pod's labels, remembered on the summary per selector object. */
export declare function matchesSelector(d: DaemonPod, selector: LabelSelector | undefined): boolean;
export declare const byCreationD: (a: DaemonPod, b: DaemonPod) => number;
export declare const isUpdated: (p: DaemonPod, hash: string) => boolean;
/** pkg/api/v1/pod IsPodAvailable on a summary. */
export declare const available: (p: DaemonPod, mrs: number, now: Millis) => boolean;
export declare const availableAtD: (p: DaemonPod, mrs: number) => Millis | undefined;
/** update.go findUpdatedPodsOnNode: at most one new and one old pod, or not ok. */
export declare function findUpdatedPodsOnNode(pods: readonly DaemonPod[], hash: string): {
    ok: boolean;
    newPod?: DaemonPod;
    oldPod?: DaemonPod;
};
