import type { KubeObject, OwnerReference, Pod } from '../../api/types.js';
import { type ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import { type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
import { type UpdateStrategy, type WorkloadSpec } from '../workloadSpec.js';
/** apps/v1 StatefulSetPodNameLabel and PodIndexLabel (pod-index label, KEP-4017). */
export declare const STATEFULSET_POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
export declare const POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";
interface StatefulSetSpec extends WorkloadSpec {
    readonly replicas: number;
    readonly serviceName?: string;
    readonly podManagementPolicy: 'OrderedReady' | 'Parallel';
    readonly updateStrategy: UpdateStrategy<'RollingUpdate' | 'OnDelete', {
        readonly partition?: number;
    }>;
    readonly volumeClaimTemplates?: readonly KubeObject[];
    readonly ordinals?: {
        readonly start?: number;
    };
    readonly persistentVolumeClaimRetentionPolicy: {
        readonly whenDeleted: 'Retain' | 'Delete';
        readonly whenScaled: 'Retain' | 'Delete';
    };
}
/**
 * apps/v1 SetDefaults_StatefulSet: replicas 1, OrderedReady, RollingUpdate with partition 0,
 * revisionHistoryLimit 10.
 */
export declare function statefulSetSpec(o: KubeObject): StatefulSetSpec;
/**
 * stateful_set_utils.go updateClaimOwnerRefForSetAndPod (persistentVolumeClaimRetentionPolicy,
 * GA in v1.32): whenDeleted Delete makes the StatefulSet own its claims; whenScaled Delete makes
 * the pod of a condemned ordinal (>= replicas) own its claims instead, so the garbage collector
 * deletes them with the set, or with the pod on scale-down. Retain/Retain: no owner.
 */
export declare function claimOwnerRefs(set: KubeObject, spec: StatefulSetSpec, pod: {
    name: string;
    uid?: string;
}, ordinal: number): OwnerReference[];
/** stateful_set_utils.go getParentNameAndOrdinal: `<set>-<n>` gives n, anything else -1. */
export declare function getOrdinal(set: KubeObject, pod: Pod): number;
/** stateful_set_utils.go getPersistentVolumeClaimName: `<template>-<set>-<ordinal>`. */
export declare const claimName: (set: KubeObject, template: KubeObject, ordinal: number) => string;
/**
 * stateful_set_control.go updateStatefulSet: fill the ordinals [0, replicas) at the right
 * revision (in order and one at a time, each Running and Ready first, for OrderedReady; all at
 * once for Parallel), delete condemned ordinals from the highest down, then roll pods that are
 * not at the update revision from the highest ordinal down to the partition, one at a time.
 */
export declare function syncStatefulSet(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void;
export declare const statefulSetControllerDef: ControllerDef;
export declare const statefulSet: {
    name: string;
    create: (scenario: import("../../index.js").Scenario, ctx: import("../../index.js").ComponentContext) => import("../controller.js").ControllerComponent;
};
export {};
