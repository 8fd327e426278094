import { editDistance } from './editDistance.js';
export const KINDS = [
    { kind: 'Pod', apiVersions: ['v1'], resource: 'pods', namespaced: true },
    { kind: 'Node', apiVersions: ['v1'], resource: 'nodes', namespaced: false },
    { kind: 'ConfigMap', apiVersions: ['v1'], resource: 'configmaps', namespaced: true },
    { kind: 'Secret', apiVersions: ['v1'], resource: 'secrets', namespaced: true },
    { kind: 'Namespace', apiVersions: ['v1'], resource: 'namespaces', namespaced: false },
    { kind: 'PersistentVolumeClaim', apiVersions: ['v1'], resource: 'persistentvolumeclaims', namespaced: true },
    { kind: 'Service', apiVersions: ['v1'], resource: 'services', namespaced: true },
    { kind: 'ResourceQuota', apiVersions: ['v1'], resource: 'resourcequotas', namespaced: true },
    { kind: 'LimitRange', apiVersions: ['v1'], resource: 'limitranges', namespaced: true },
    { kind: 'ReplicationController', apiVersions: ['v1'], resource: 'replicationcontrollers', namespaced: true },
    { kind: 'Deployment', apiVersions: ['apps/v1'], resource: 'deployments', namespaced: true },
    { kind: 'ReplicaSet', apiVersions: ['apps/v1'], resource: 'replicasets', namespaced: true },
    { kind: 'StatefulSet', apiVersions: ['apps/v1'], resource: 'statefulsets', namespaced: true },
    { kind: 'DaemonSet', apiVersions: ['apps/v1'], resource: 'daemonsets', namespaced: true },
    { kind: 'ControllerRevision', apiVersions: ['apps/v1'], resource: 'controllerrevisions', namespaced: true },
    { kind: 'Job', apiVersions: ['batch/v1'], resource: 'jobs', namespaced: true },
    { kind: 'CronJob', apiVersions: ['batch/v1'], resource: 'cronjobs', namespaced: true },
    { kind: 'HorizontalPodAutoscaler', apiVersions: ['autoscaling/v2', 'autoscaling/v1'],
        resource: 'horizontalpodautoscalers', namespaced: true },
    { kind: 'PodDisruptionBudget', apiVersions: ['policy/v1'], resource: 'poddisruptionbudgets', namespaced: true },
    { kind: 'PriorityClass', apiVersions: ['scheduling.k8s.io/v1'], resource: 'priorityclasses', namespaced: false },
];
export const kindInfo = (kind) => KINDS.find((k) => k.kind === kind);
export const kindOfResource = (resource) => KINDS.find((k) => k.resource === resource);
/**
 * API versions the API server no longer serves, per kind, from the Deprecated API Migration Guide
 * (kubernetes.io/docs/reference/using-api/deprecation-guide/). A group version is listed per kind
 * because some (networking.k8s.io/v1beta1, storage.k8s.io/v1beta1, admissionregistration.k8s.io/v1beta1)
 * still serve newer kinds. `*` means every kind of that group version.
 * Applying them to a current cluster fails with "no matches for kind"; kubesim says why.
 */
export const REMOVED_API_VERSIONS = {
    'extensions/v1beta1': { Deployment: 'v1.16', DaemonSet: 'v1.16', ReplicaSet: 'v1.16', NetworkPolicy: 'v1.16',
        PodSecurityPolicy: 'v1.16', Ingress: 'v1.22', '*': 'v1.22' },
    'apps/v1beta1': { '*': 'v1.16' },
    'apps/v1beta2': { '*': 'v1.16' },
    'batch/v1beta1': { CronJob: 'v1.25', '*': 'v1.25' },
    'batch/v2alpha1': { CronJob: 'v1.21 (alpha, never served by default)', '*': 'v1.21' },
    'policy/v1beta1': { PodDisruptionBudget: 'v1.25', PodSecurityPolicy: 'v1.25', '*': 'v1.25' },
    'autoscaling/v2beta1': { '*': 'v1.25' },
    'autoscaling/v2beta2': { '*': 'v1.26' },
    'scheduling.k8s.io/v1beta1': { '*': 'v1.22' },
    'scheduling.k8s.io/v1alpha1': { '*': 'v1.17 (alpha)' },
    'networking.k8s.io/v1beta1': { Ingress: 'v1.22', IngressClass: 'v1.22' },
    'rbac.authorization.k8s.io/v1beta1': { '*': 'v1.22' },
    'apiextensions.k8s.io/v1beta1': { '*': 'v1.22' },
    'apiregistration.k8s.io/v1beta1': { '*': 'v1.22' },
    'admissionregistration.k8s.io/v1beta1': { MutatingWebhookConfiguration: 'v1.22',
        ValidatingWebhookConfiguration: 'v1.22' },
    'certificates.k8s.io/v1beta1': { '*': 'v1.22' },
    'coordination.k8s.io/v1beta1': { '*': 'v1.22' },
    'storage.k8s.io/v1beta1': { CSIDriver: 'v1.22', CSINode: 'v1.22', StorageClass: 'v1.22', VolumeAttachment: 'v1.22',
        CSIStorageCapacity: 'v1.27' },
    'discovery.k8s.io/v1beta1': { '*': 'v1.25' },
    'events.k8s.io/v1beta1': { '*': 'v1.25' },
    'node.k8s.io/v1beta1': { '*': 'v1.25' },
    'flowcontrol.apiserver.k8s.io/v1beta1': { '*': 'v1.26' },
    'flowcontrol.apiserver.k8s.io/v1beta2': { '*': 'v1.29' },
    'flowcontrol.apiserver.k8s.io/v1beta3': { '*': 'v1.32' },
};
/** "removed in Kubernetes v1.25" when `apiVersion` no longer serves `kind`, else undefined. */
export function removedIn(apiVersion, kind) {
    const r = REMOVED_API_VERSIONS[apiVersion];
    const v = r?.[kind] ?? r?.['*'];
    return v ? `removed in Kubernetes ${v}` : undefined;
}
/**
 * Every kind the Kubernetes API server serves in the group versions kubesim models (the types.go
 * of k8s.io/api core/v1, apps/v1, batch/v1, autoscaling/v1 and v2, policy/v1, scheduling/v1, plus
 * List). Another kind in one of these group versions does not exist: `kubectl apply` fails with
 * `no matches for kind "Deployemnt" in version "apps/v1"` (RESTMapper NoKindMatchError).
 */
export const SERVED_KINDS = {
    v1: ['Binding', 'ComponentStatus', 'ConfigMap', 'Endpoints', 'Event', 'LimitRange', 'List', 'Namespace', 'Node',
        'PersistentVolume', 'PersistentVolumeClaim', 'Pod', 'PodTemplate', 'ReplicationController', 'ResourceQuota',
        'Secret',
        'Service', 'ServiceAccount'],
    'apps/v1': ['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet'],
    'batch/v1': ['CronJob', 'Job'],
    'autoscaling/v1': ['HorizontalPodAutoscaler', 'Scale'],
    'autoscaling/v2': ['HorizontalPodAutoscaler'],
    'policy/v1': ['Eviction', 'PodDisruptionBudget'],
    'scheduling.k8s.io/v1': ['PriorityClass'],
};
/** The RESTMapper's error for a kind a served group version does not have, else undefined. */
export function noKindMatch(apiVersion, kind) {
    const served = SERVED_KINDS[apiVersion];
    if (!served || served.includes(kind))
        return undefined;
    const near = served.find((k) => k.toLowerCase() === kind.toLowerCase() || editDistance(k, kind) <= 2);
    return `no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}`
        + (near ? ` (did you mean ${JSON.stringify(near)}?)` : '');
}
/** The supported apiVersion for a kind, for error messages. */
export const preferredVersion = (kind) => kindInfo(kind)?.apiVersions[0];
/**
 * The resources with a `scale` subresource (their registries' ScaleREST: pkg/registry/apps/deployment,
 * replicaset, statefulset; core/replicationcontroller). Job, Service and the rest have none.
 */
export const SCALE_SUBRESOURCE_RESOURCES = new Set(['deployments', 'replicasets', 'statefulsets',
    'replicationcontrollers']);
