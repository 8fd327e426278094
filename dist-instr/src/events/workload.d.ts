import type { KubeObject } from '../api/types.js';
import type { Millis, ObjectKey, Uid } from '../api/ids.js';
/**
 * Objects other than Pods and Nodes (Deployments, ReplicaSets, Jobs, ConfigMaps, ...) are created
 * and changed through these generic facts: `resource` is the API's plural lower-case name
 * (`deployments`), `key` is `namespace/name`.
 */
export type ObjectApplied = Readonly<{
    type: 'ObjectApplied';
    at: Millis;
    resource: string;
    key: ObjectKey;
    object: KubeObject;
}>;
/** Only `status` changed (a controller's status write). */
export type ObjectStatusUpdated = Readonly<{
    type: 'ObjectStatusUpdated';
    at: Millis;
    resource: string;
    key: ObjectKey;
    status: unknown;
}>;
/** metadata.deletionTimestamp set, finalizers pending (foreground deletion). */
export type ObjectTerminating = Readonly<{
    type: 'ObjectTerminating';
    at: Millis;
    resource: string;
    key: ObjectKey;
    propagationPolicy: string;
}>;
/** The object is gone from the API; `uid` lets the garbage collector find its dependents. */
export type ObjectDeleted = Readonly<{
    type: 'ObjectDeleted';
    at: Millis;
    resource: string;
    key: ObjectKey;
    uid?: Uid;
}>;
/**
 * What a controller did, in kubectl-describe words (reason ScalingReplicaSet, SuccessfulCreate,
 * SuccessfulDelete, Completed, SawCompletedJob, ...). Log-only: state does not change.
 */
export type ControllerEvent = Readonly<{
    type: 'ControllerEvent';
    at: Millis;
    resource: string;
    key: ObjectKey;
    reason: string;
    message: string;
    eventType?: 'Normal' | 'Warning';
}>;
export type WorkloadEvent = ObjectApplied | ObjectStatusUpdated | ObjectTerminating | ObjectDeleted | ControllerEvent;
export declare const WORKLOAD_EVENT_TYPES: {
    ObjectApplied: true;
    ObjectStatusUpdated: true;
    ObjectTerminating: true;
    ObjectDeleted: true;
    ControllerEvent: true;
};
