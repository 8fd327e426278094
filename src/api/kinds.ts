/** The kinds kubesim reads, with the API versions the Kubernetes API server serves today. */
export interface KindInfo {
  readonly kind: string;
  readonly apiVersions: readonly string[];
  /** Plural lower-case resource name: state.objects key and the --output json array name. */
  readonly resource: string;
  readonly namespaced: boolean;
}

export const KINDS: readonly KindInfo[] = [
  { kind: 'Pod', apiVersions: ['v1'], resource: 'pods', namespaced: true },
  { kind: 'Node', apiVersions: ['v1'], resource: 'nodes', namespaced: false },
  { kind: 'ConfigMap', apiVersions: ['v1'], resource: 'configmaps', namespaced: true },
  { kind: 'Secret', apiVersions: ['v1'], resource: 'secrets', namespaced: true },
  { kind: 'Namespace', apiVersions: ['v1'], resource: 'namespaces', namespaced: false },
  { kind: 'PersistentVolumeClaim', apiVersions: ['v1'], resource: 'persistentvolumeclaims', namespaced: true },
  { kind: 'ReplicationController', apiVersions: ['v1'], resource: 'replicationcontrollers', namespaced: true },
  { kind: 'Deployment', apiVersions: ['apps/v1'], resource: 'deployments', namespaced: true },
  { kind: 'ReplicaSet', apiVersions: ['apps/v1'], resource: 'replicasets', namespaced: true },
  { kind: 'StatefulSet', apiVersions: ['apps/v1'], resource: 'statefulsets', namespaced: true },
  { kind: 'DaemonSet', apiVersions: ['apps/v1'], resource: 'daemonsets', namespaced: true },
  { kind: 'ControllerRevision', apiVersions: ['apps/v1'], resource: 'controllerrevisions', namespaced: true },
  { kind: 'Job', apiVersions: ['batch/v1'], resource: 'jobs', namespaced: true },
  { kind: 'CronJob', apiVersions: ['batch/v1'], resource: 'cronjobs', namespaced: true },
  { kind: 'HorizontalPodAutoscaler', apiVersions: ['autoscaling/v2', 'autoscaling/v1'], resource: 'horizontalpodautoscalers', namespaced: true },
  { kind: 'PodDisruptionBudget', apiVersions: ['policy/v1'], resource: 'poddisruptionbudgets', namespaced: true },
  { kind: 'PriorityClass', apiVersions: ['scheduling.k8s.io/v1'], resource: 'priorityclasses', namespaced: false },
];

export const kindInfo = (kind: string): KindInfo | undefined => KINDS.find((k) => k.kind === kind);
export const kindOfResource = (resource: string): KindInfo | undefined => KINDS.find((k) => k.resource === resource);

/**
 * API versions the API server no longer serves (docs: reference/using-api/deprecation-guide).
 * Applying them to a current cluster fails with "no matches for kind"; kubesim says why.
 */
export const REMOVED_API_VERSIONS: Readonly<Record<string, string>> = {
  'extensions/v1beta1': 'removed in Kubernetes v1.16 (Deployment, DaemonSet, ReplicaSet; Ingress in v1.22)',
  'apps/v1beta1': 'removed in Kubernetes v1.16',
  'apps/v1beta2': 'removed in Kubernetes v1.16',
  'batch/v1beta1': 'removed in Kubernetes v1.25 (CronJob)',
  'batch/v2alpha1': 'removed in Kubernetes v1.21',
  'policy/v1beta1': 'removed in Kubernetes v1.25 (PodDisruptionBudget, PodSecurityPolicy)',
  'autoscaling/v2beta1': 'removed in Kubernetes v1.25',
  'autoscaling/v2beta2': 'removed in Kubernetes v1.26',
  'scheduling.k8s.io/v1beta1': 'removed in Kubernetes v1.22',
  'scheduling.k8s.io/v1alpha1': 'removed in Kubernetes v1.22',
};

/** The supported apiVersion for a kind, for error messages. */
export const preferredVersion = (kind: string): string | undefined => kindInfo(kind)?.apiVersions[0];
