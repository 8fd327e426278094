import type { Draft } from 'immer';
import type { Pod } from '../api/types.js';
import type { Uid } from '../api/ids.js';
import type { ClusterState } from './state.js';
type DPod = Draft<Pod>;
/**
 * The podsByOwner key of pods without a controller: controllers look for orphans to adopt there
 * instead of scanning every pod (ControllerRefManager.ClaimPods).
 */
export declare const NO_CONTROLLER = "";
/**
 * Pods without a controller are spread over ORPHAN_SHARDS index keys (`#<n>`), so that 150,000
 * bare pods do not make every PodCreated copy one record of 150,000 uids (measured: 13% of the
 * pipeline at 10,000 pods, quadratic beyond). Read them with orphanIndexKeys().
 */
export declare const ORPHAN_SHARDS = 1024;
export declare const orphanShardKey: (uid: Uid) => string;
export declare const isOrphanKey: (key: string) => boolean;
export declare const orphanIndexKeys: () => string[];
export declare function controllerOf(pod: {
    metadata: {
        ownerReferences?: readonly {
            uid: string;
            controller?: boolean;
        }[];
    };
}): string | undefined;
export declare function podByUid(s: Draft<ClusterState>, uid: Uid): DPod | undefined;
export declare const podReducers: {
    PodCreated(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "PodCreated";
        at: import("../api/ids.js").Millis;
        pod: import("../api/ids.js").ObjectKey;
        uid: Uid;
        object: Pod;
    }>): void;
    PodScheduled(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "PodScheduled";
        at: import("../api/ids.js").Millis;
        pod: import("../api/ids.js").ObjectKey;
        uid: Uid;
        node: import("../api/ids.js").NodeName;
        gpuDevices?: readonly number[];
    }>): void;
    FailedScheduling(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "FailedScheduling";
        at: import("../api/ids.js").Millis;
        pod: import("../api/ids.js").ObjectKey;
        uid: Uid;
        message: string;
        nominatedNode?: import("../api/ids.js").NodeName;
    }>): void;
    PodSchedulingGated(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "PodSchedulingGated";
        at: import("../api/ids.js").Millis;
        pod: import("../api/ids.js").ObjectKey;
        uid: Uid;
        gates: readonly string[];
    }>): void;
    PodSchedulingGatesChanged(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "PodSchedulingGatesChanged";
        at: import("../api/ids.js").Millis;
        pod: import("../api/ids.js").ObjectKey;
        uid: Uid;
        gates: readonly string[];
    }>): void;
    PodNominated(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "PodNominated";
        at: import("../api/ids.js").Millis;
        pod: import("../api/ids.js").ObjectKey;
        uid: Uid;
        node: import("../api/ids.js").NodeName;
    }>): void;
    PodTerminating(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "PodTerminating";
        at: import("../api/ids.js").Millis;
        pod: import("../api/ids.js").ObjectKey;
        uid: Uid;
        gracePeriodSeconds: number;
        reason?: string;
    }>): void;
    PodDeleted(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "PodDeleted";
        at: import("../api/ids.js").Millis;
        pod: import("../api/ids.js").ObjectKey;
        uid: Uid;
    }>): void;
    PodStatusPatched(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "PodStatusPatched";
        at: import("../api/ids.js").Millis;
        pod: import("../api/ids.js").ObjectKey;
        uid: Uid;
        phase?: Pod["status"]["phase"];
        reason?: string;
        message?: string;
        conditions?: Pod["status"]["conditions"];
    }>): void;
    FailedMount(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "FailedMount";
        at: import("../api/ids.js").Millis;
        pod: import("../api/ids.js").ObjectKey;
        uid: Uid;
        volume: string;
        message: string;
    }>): void;
    PodSandboxReady(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "PodSandboxReady";
        at: import("../api/ids.js").Millis;
        pod: import("../api/ids.js").ObjectKey;
        uid: Uid;
        node: import("../api/ids.js").NodeName;
        podIP: string;
        hostIP: string;
    }>): void;
    PodMetadataChanged(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "PodMetadataChanged";
        at: import("../api/ids.js").Millis;
        pod: import("../api/ids.js").ObjectKey;
        uid: Uid;
        labels?: Readonly<Record<string, string>>;
        annotations?: Readonly<Record<string, string>>;
        ownerReferences?: Pod["metadata"]["ownerReferences"];
    }>): void;
};
export {};
