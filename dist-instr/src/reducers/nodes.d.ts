import type { Condition, Node } from '../api/types.js';
import type { ClusterState, NodeState } from './state.js';
import type { Draft } from 'immer';
/**
 * The node's state as a plain copy owned by this batch (Table.mutable), for the per-pod writes
 * (a pod IP handed out, an image cached): drafting node -> object -> status -> images through
 * immer for each was ~5% of pipeline.large. Undefined for an unknown node.
 */
export declare function ownedNode(s: Draft<ClusterState>, node: string): {
    -readonly [K in keyof NodeState]: NodeState[K];
} | undefined;
export declare const nodeReducers: {
    NodeAdded(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "NodeAdded";
        at: import("../index.js").Millis;
        node: import("../index.js").NodeName;
        object: Node;
    }>): void;
    NodeLost(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "NodeLost";
        at: import("../index.js").Millis;
        node: import("../index.js").NodeName;
        kubeletOnly?: boolean;
    }>): void;
    NodeRecovered(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "NodeRecovered";
        at: import("../index.js").Millis;
        node: import("../index.js").NodeName;
    }>): void;
    NodeRemoved(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "NodeRemoved";
        at: import("../index.js").Millis;
        node: import("../index.js").NodeName;
    }>): void;
    NodeConditionChanged(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "NodeConditionChanged";
        at: import("../index.js").Millis;
        node: import("../index.js").NodeName;
        condition: Condition;
    }>): void;
    NodeTainted(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "NodeTainted";
        at: import("../index.js").Millis;
        node: import("../index.js").NodeName;
        taint: import("../api/types.js").Taint;
    }>): void;
    NodeUntainted(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "NodeUntainted";
        at: import("../index.js").Millis;
        node: import("../index.js").NodeName;
        key: string;
        effect: import("../api/types.js").Taint["effect"];
    }>): void;
    NodeMetadataChanged(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "NodeMetadataChanged";
        at: import("../index.js").Millis;
        node: import("../index.js").NodeName;
        labels?: Readonly<Record<string, string>>;
        annotations?: Readonly<Record<string, string>>;
    }>): void;
    NodeSchedulableChanged(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "NodeSchedulableChanged";
        at: import("../index.js").Millis;
        node: import("../index.js").NodeName;
        unschedulable: boolean;
    }>): void;
    ImageCached(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "ImageCached";
        at: import("../index.js").Millis;
        node: import("../index.js").NodeName;
        image: string;
        sizeBytes?: number;
    }>): void;
};
