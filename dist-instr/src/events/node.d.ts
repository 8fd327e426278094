import type { Node, Taint, Condition } from '../api/types.js';
import type { Millis, NodeName } from '../api/ids.js';
export type NodeAdded = Readonly<{
    type: 'NodeAdded';
    at: Millis;
    node: NodeName;
    object: Node;
}>;
/**
 * The node stops: its kubelet neither acts nor reports from now on (crash, partition, power).
 * `kubeletOnly`: only the kubelet stopped posting status (its process down, or cut off from the
 * API server); the machine and its containers keep running, and the kubelet adopts them when back.
 */
export type NodeLost = Readonly<{
    type: 'NodeLost';
    at: Millis;
    node: NodeName;
    kubeletOnly?: boolean;
}>;
/** The node's kubelet is back and reports again. */
export type NodeRecovered = Readonly<{
    type: 'NodeRecovered';
    at: Millis;
    node: NodeName;
}>;
/** The Node object was deleted from the API. */
export type NodeRemoved = Readonly<{
    type: 'NodeRemoved';
    at: Millis;
    node: NodeName;
}>;
/** A node condition changed (node lifecycle controller or kubelet), e.g. Ready=Unknown. */
export type NodeConditionChanged = Readonly<{
    type: 'NodeConditionChanged';
    at: Millis;
    node: NodeName;
    condition: Condition;
}>;
export type NodeTainted = Readonly<{
    type: 'NodeTainted';
    at: Millis;
    node: NodeName;
    taint: Taint;
}>;
export type NodeUntainted = Readonly<{
    type: 'NodeUntainted';
    at: Millis;
    node: NodeName;
    key: string;
    effect: Taint['effect'];
}>;
/** metadata.labels / annotations of the node changed (an update through the API: kubectl label, annotate). */
export type NodeMetadataChanged = Readonly<{
    type: 'NodeMetadataChanged';
    at: Millis;
    node: NodeName;
    labels?: Readonly<Record<string, string>>;
    annotations?: Readonly<Record<string, string>>;
}>;
/** spec.unschedulable changed (kubectl cordon / uncordon). */
export type NodeSchedulableChanged = Readonly<{
    type: 'NodeSchedulableChanged';
    at: Millis;
    node: NodeName;
    unschedulable: boolean;
}>;
/** An image is now in the node's cache (status.images). */
export type ImageCached = Readonly<{
    type: 'ImageCached';
    at: Millis;
    node: NodeName;
    image: string;
    sizeBytes?: number;
}>;
export type NodeEvent = NodeAdded | NodeLost | NodeRecovered | NodeRemoved | NodeConditionChanged | NodeTainted | NodeUntainted | NodeSchedulableChanged | NodeMetadataChanged | ImageCached;
export declare const NODE_EVENT_TYPES: {
    NodeAdded: true;
    NodeLost: true;
    NodeRecovered: true;
    NodeRemoved: true;
    NodeConditionChanged: true;
    NodeTainted: true;
    NodeUntainted: true;
    NodeSchedulableChanged: true;
    NodeMetadataChanged: true;
    ImageCached: true;
};
