import type { KubeObject, Pod } from '../../api/types.js';
import type { ClusterState } from '../../reducers/state.js';
/** The labels of a workload's pod template. */
export declare const templateLabels: (o: KubeObject) => Record<string, string> | undefined;
/** A workload's pods (a Deployment's through its ReplicaSets). */
export declare function workloadPods(state: ClusterState, resource: string, o: KubeObject): Pod[];
/** The workloads a law judges, resource by resource: live ones whose pod template the selector selects. */
export declare function selectedWorkloads(state: ClusterState, resources: readonly string[], selector: unknown): Generator<{
    resource: string;
    o: KubeObject;
}>;
