import type { Draft } from 'immer';
import type { KubeObject, Pod } from '../api/types.js';
import type { ClusterState } from './state.js';
type D = Draft<ClusterState>;
/** A pod counts against quota until it is terminal (pods.go QuotaV1Pod). */
export declare const podCountsForQuota: (p: Pod) => boolean;
/** Called by updatePod (podUpdate.ts) when a pod's phase changes: a terminal pod frees its share. */
export declare function podPhaseChanged(s: D, before: Pod, after: Pod): void;
/** Runs before the pod and object reducers: it reads what a delete removes and whether an apply creates. */
export declare const quotaUsageReducers: {
    PodCreated(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "PodCreated";
        at: import("../index.js").Millis;
        pod: import("../index.js").ObjectKey;
        uid: import("../index.js").Uid;
        object: Pod;
    }>): void;
    PodDeleted(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "PodDeleted";
        at: import("../index.js").Millis;
        pod: import("../index.js").ObjectKey;
        uid: import("../index.js").Uid;
    }>): void;
    ObjectApplied(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "ObjectApplied";
        at: import("../index.js").Millis;
        resource: string;
        key: import("../index.js").ObjectKey;
        object: KubeObject;
    }>): void;
    ObjectDeleted(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "ObjectDeleted";
        at: import("../index.js").Millis;
        resource: string;
        key: import("../index.js").ObjectKey;
        uid?: import("../index.js").Uid;
    }>): void;
};
export {};
