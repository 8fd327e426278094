import type { Labels } from '../api/types.js';
import type { Matcher } from '../api/labelSelector.js';
import type { PodInfo } from './types.js';
/**
 * PodTopologySpread's per-node counts of the pods a selector matches, held incrementally: every
 * pod a rollout schedules would otherwise walk all the pods of its ReplicaSet (and a Deployment's
 * pods are all matched by its Service), a cost quadratic in the workload's size. A view is made
 * the first time a selector is asked for, from the label index, then updated by each pod the
 * cache adds, removes, relabels or marks terminating. Each view is filed under one of its
 * anchors (a label pair every matching pod carries), so a pod touches only the views its own
 * labels can satisfy.
 */
export declare class SpreadCounts {
    #private;
    /**
     * The counts for `key` (the namespace and selector, canonical), made from `seed` (the assigned
     * pods carrying `anchor`) on first use.
     */
    counts(key: string, namespace: string, matches: Matcher, anchor: string, seed: Iterable<PodInfo>): ReadonlyMap<string, number>;
    /**
     * A pod joins (1) or leaves (-1) the counted set under `labels`; `anchorKey` names the label
     * index key of a namespace, label key and value.
     */
    update(p: PodInfo, labels: Labels | undefined, sign: 1 | -1, anchorKey: (namespace: string, k: string, v: string) => string): void;
}
