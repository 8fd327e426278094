import type { Condition, KubeObject, LabelSelector, Pod } from '../../api/types.js';
import type { ComponentContext } from '../../decider/component.js';
import type { Millis, ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
/** pkg/controller/disruption/disruption.go: DeletionTimeout, how long an evicted pod counts as disrupted. */
export declare const DISRUPTED_POD_TIMEOUT_MS = 120000;
export interface PDBSpec {
    readonly selector?: LabelSelector;
    readonly minAvailable?: number | string;
    readonly maxUnavailable?: number | string;
    readonly unhealthyPodEvictionPolicy?: 'IfHealthyBudget' | 'AlwaysAllow';
}
export interface PDBStatus {
    readonly observedGeneration?: number;
    readonly disruptedPods?: Readonly<Record<string, Millis>>;
    readonly disruptionsAllowed: number;
    readonly currentHealthy: number;
    readonly desiredHealthy: number;
    readonly expectedPods: number;
    readonly conditions?: readonly Condition[];
}
export type PodDisruptionBudget = KubeObject & {
    readonly spec: PDBSpec;
    readonly status?: PDBStatus;
};
/** intstr.GetScaledValueFromIntOrPercent: an int, or a percentage of `total` rounded up or down. */
export declare function scaledValue(v: number | string, total: number, roundUp: boolean): number | {
    error: string;
};
/** The PDBs of a pod's namespace whose selector matches it, sorted by name. */
export declare function pdbsForPod(state: ClusterState, pod: Pod): {
    key: ObjectKey;
    pdb: PodDisruptionBudget;
}[];
/**
 * disruption.go getExpectedPodCount: minAvailable as a number counts the matching pods;
 * percentages and maxUnavailable count the scale of the pods' controllers (an error when a pod
 * has none). Percentages round up.
 */
export declare function getExpectedPodCount(state: ClusterState, pdb: PodDisruptionBudget, pods: readonly Pod[]): {
    expectedCount: number;
    desiredHealthy: number;
} | {
    error: string;
};
/** countHealthyPods: ready, not being deleted, not recently evicted. */
export declare const isHealthy: (pod: Pod, disrupted: Readonly<Record<string, Millis>>) => boolean;
/**
 * The disruption controller (pkg/controller/disruption, trySync / updatePdbStatus): a PDB's
 * expectedPods, desiredHealthy, currentHealthy, disruptionsAllowed and its DisruptionAllowed
 * condition, recomputed whenever a matching pod or the PDB changes.
 */
export declare function syncPDB(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void;
export type EvictionResult = {
    readonly allowed: true;
    readonly pdb?: {
        readonly key: ObjectKey;
        readonly status: PDBStatus;
    };
} | {
    readonly allowed: false;
    readonly code: 429 | 500;
    readonly message: string;
};
/**
 * The Eviction API's check (pkg/registry/core/pod/storage/eviction.go), as a pure function: a
 * pod that is finished, pending or already deleting, or that no PDB covers, may go; more than
 * one PDB is a 500; otherwise the PDB must allow a disruption, which the eviction then uses up
 * (disruptionsAllowed - 1, the pod recorded in disruptedPods). An unhealthy pod may go while
 * the budget is met (unhealthyPodEvictionPolicy IfHealthyBudget) or always (AlwaysAllow).
 */
export declare function checkEviction(pod: Pod, pdbs: readonly {
    key: ObjectKey;
    pdb: PodDisruptionBudget;
    status?: PDBStatus;
}[], now: Millis): EvictionResult;
export declare const disruptionDef: ControllerDef;
export declare const disruptionController: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => ControllerComponent;
};
