/**
 * apps/v1 defaults, after pkg/apis/apps/v1/defaults.go. Pure: each returns a new object, as
 * `kubectl get -o yaml` would show it after the API server defaulted it.
 */
import type { KubeObject } from '../types.js';
/** SetDefaults_Deployment: 25%/25% rolling update, revisionHistoryLimit 10, progressDeadlineSeconds 600. */
export declare const DEPLOYMENT_DEFAULTS: {
    readonly replicas: 1;
    readonly maxUnavailable: "25%";
    readonly maxSurge: "25%";
    readonly revisionHistoryLimit: 10;
    readonly progressDeadlineSeconds: 600;
};
/** SetDefaults_DaemonSet: RollingUpdate, maxUnavailable 1, maxSurge 0, revisionHistoryLimit 10. */
export declare const DAEMONSET_DEFAULTS: {
    readonly maxUnavailable: 1;
    readonly maxSurge: 0;
    readonly revisionHistoryLimit: 10;
};
/** SetDefaults_StatefulSet: OrderedReady, RollingUpdate partition 0, revisionHistoryLimit 10, PVCs retained. */
export declare const STATEFULSET_DEFAULTS: {
    readonly replicas: 1;
    readonly podManagementPolicy: "OrderedReady";
    readonly partition: 0;
    readonly revisionHistoryLimit: 10;
};
export declare function defaultDeployment<T extends KubeObject>(o: T): T;
/** SetDefaults_ReplicaSet: replicas 1. */
export declare function defaultReplicaSet<T extends KubeObject>(o: T): T;
export declare function defaultStatefulSet<T extends KubeObject>(o: T): T;
export declare function defaultDaemonSet<T extends KubeObject>(o: T): T;
