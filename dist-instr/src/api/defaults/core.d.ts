/**
 * Defaults of the other core/v1 kinds and PriorityClass (pkg/apis/core/v1/defaults.go, scheduling/v1/defaults.go).
 * Pure.
 */
import type { KubeObject } from '../types.js';
/** SetDefaults_ReplicationController: replicas 1; selector and labels default to the template's labels. */
export declare function defaultReplicationController<T extends KubeObject>(o: T): T;
/** SetDefaults_PersistentVolumeClaim: volumeMode Filesystem. */
export declare const defaultPersistentVolumeClaim: <T extends KubeObject>(o: T) => T;
/** SetDefaults_Secret: type Opaque. */
export declare const defaultSecret: <T extends KubeObject>(o: T) => T;
/** scheduling/v1 SetDefaults_PriorityClass: preemptionPolicy PreemptLowerPriority. */
export declare const defaultPriorityClass: <T extends KubeObject>(o: T) => T;
/**
 * SetDefaults_LimitRangeItem for `type: Container`: a missing default limit is the max, a missing
 * default request is the default limit, else the min.
 */
export declare function defaultLimitRange<T extends KubeObject>(o: T): T;
/** v1.LabelMetadataName: every Namespace is labelled with its own name. */
export declare const LABEL_METADATA_NAME = "kubernetes.io/metadata.name";
/** SetDefaults_Namespace (pkg/apis/core/v1/defaults.go): the `kubernetes.io/metadata.name` label, set to the name. */
export declare const defaultNamespace: <T extends KubeObject>(o: T) => T;
