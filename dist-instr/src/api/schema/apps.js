/** apps/v1 schemas (k8s.io/api/apps/v1/types.go). */
import { persistentVolumeClaimSpec, podTemplateSpec } from './core.js';
import { labelSelector, objectMeta, topLevel } from './meta.js';
import { any, bool, int, int64, intstr, list, obj, str, unmodeled } from './schema.js';
export const deployment = topLevel({
    spec: obj({
        replicas: int, selector: labelSelector, template: podTemplateSpec,
        strategy: obj({ type: str, rollingUpdate: obj({ maxUnavailable: intstr, maxSurge: intstr }) }),
        minReadySeconds: int, revisionHistoryLimit: int, paused: bool, progressDeadlineSeconds: int,
    }),
});
export const replicaSet = topLevel({ spec: obj({ replicas: int, minReadySeconds: int, selector: labelSelector,
        template: podTemplateSpec }) });
export const statefulSet = topLevel({
    spec: obj({
        replicas: int, selector: labelSelector, template: podTemplateSpec,
        volumeClaimTemplates: list(obj({ apiVersion: str, kind: str, metadata: objectMeta, spec: persistentVolumeClaimSpec,
            status: any })),
        serviceName: str, podManagementPolicy: str,
        updateStrategy: obj({ type: str, rollingUpdate: obj({ partition: int, maxUnavailable: unmodeled(intstr) }) }),
        revisionHistoryLimit: int, minReadySeconds: int,
        persistentVolumeClaimRetentionPolicy: unmodeled(obj({ whenDeleted: str, whenScaled: str })),
        ordinals: obj({ start: int }),
    }),
});
export const daemonSet = topLevel({
    spec: obj({
        selector: labelSelector, template: podTemplateSpec,
        updateStrategy: obj({ type: str, rollingUpdate: obj({ maxUnavailable: intstr, maxSurge: intstr }) }),
        minReadySeconds: int, revisionHistoryLimit: int,
    }),
});
export const controllerRevision = topLevel({ data: any, revision: int64 });
export const APPS_SCHEMAS = {
    Deployment: deployment, ReplicaSet: replicaSet, StatefulSet: statefulSet, DaemonSet: daemonSet,
    ControllerRevision: controllerRevision,
};
