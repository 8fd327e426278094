import { defaultDaemonSet, defaultDeployment, defaultReplicaSet, defaultStatefulSet } from './apps.js';
import { defaultHorizontalPodAutoscaler } from './autoscaling.js';
import { defaultCronJob, defaultJob } from './batch.js';
import { defaultLimitRange, defaultNamespace, defaultPersistentVolumeClaim, defaultPriorityClass, defaultReplicationController, defaultSecret } from './core.js';
import { defaultService } from './service.js';
export * from './apps.js';
export * from './autoscaling.js';
export * from './batch.js';
export * from './core.js';
export * from './service.js';
const BY_KIND = {
    Deployment: defaultDeployment, ReplicaSet: defaultReplicaSet, StatefulSet: defaultStatefulSet,
    DaemonSet: defaultDaemonSet,
    Job: defaultJob, CronJob: defaultCronJob, HorizontalPodAutoscaler: defaultHorizontalPodAutoscaler,
    ReplicationController: defaultReplicationController, PersistentVolumeClaim: defaultPersistentVolumeClaim,
    Secret: defaultSecret,
    PriorityClass: defaultPriorityClass, LimitRange: defaultLimitRange, Service: defaultService,
    Namespace: defaultNamespace,
};
/**
 * The object with the API server's defaults for its kind applied (unchanged for kinds without defaults here; Pods: see
 * defaultPodSpec).
 */
export const applyDefaults = (o) => (BY_KIND[o.kind] ? BY_KIND[o.kind](o) : o);
