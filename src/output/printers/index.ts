/**
 * kubectl's table printers for every kind kubesim models, keyed by resource: the same code
 * serves `kubesim get` and the API server's Table responses.
 */
import { daemonSetPrinter, deploymentPrinter, replicaSetPrinter, replicationControllerPrinter,
  statefulSetPrinter } from './apps.js';
import { horizontalPodAutoscalerPrinter } from './autoscaling.js';
import { cronJobPrinter, jobPrinter } from './batch.js';
import {
  configMapPrinter, eventPrinter, limitRangePrinter, namespacePrinter, resourceQuotaPrinter,
    persistentVolumeClaimPrinter, priorityClassPrinter, secretPrinter, serviceAccountPrinter, servicePrinter,
} from './core.js';
import { endpointSlicePrinter, endpointsPrinter } from './endpoints.js';
import { nodePrinter } from './nodes.js';
import { podPrinter } from './pods.js';
import { podDisruptionBudgetPrinter } from './policy.js';
import type { Printer } from './types.js';

export interface ResourceInfo {
  /** The plural resource name, as in the API path and kubesim's state. */
  readonly resource: string;
  readonly kind: string;
  /** API group ('' for core) and the version kubesim serves. */
  readonly group: string;
  readonly version: string;
  readonly namespaced: boolean;
  /** The singular name and short names kubectl accepts (the API's discovery shortNames). */
  readonly names: readonly string[];
  readonly printer: Printer<never>;
}

const r = (resource: string, kind: string, group: string, version: string, namespaced: boolean, names: string[],
  printer: Printer<never>): ResourceInfo =>
  ({ resource, kind, group, version, namespaced, names, printer });

export const RESOURCES: readonly ResourceInfo[] = [
  r('pods', 'Pod', '', 'v1', true, ['pod', 'po'], podPrinter as Printer<never>),
  r('nodes', 'Node', '', 'v1', false, ['node', 'no'], nodePrinter as Printer<never>),
  r('deployments', 'Deployment', 'apps', 'v1', true, ['deployment', 'deploy'], deploymentPrinter),
  r('replicasets', 'ReplicaSet', 'apps', 'v1', true, ['replicaset', 'rs'], replicaSetPrinter),
  r('statefulsets', 'StatefulSet', 'apps', 'v1', true, ['statefulset', 'sts'], statefulSetPrinter),
  r('daemonsets', 'DaemonSet', 'apps', 'v1', true, ['daemonset', 'ds'], daemonSetPrinter),
  r('replicationcontrollers', 'ReplicationController', '', 'v1', true, ['replicationcontroller', 'rc'],
    replicationControllerPrinter),
  r('jobs', 'Job', 'batch', 'v1', true, ['job'], jobPrinter),
  r('cronjobs', 'CronJob', 'batch', 'v1', true, ['cronjob', 'cj'], cronJobPrinter),
  r('horizontalpodautoscalers', 'HorizontalPodAutoscaler', 'autoscaling', 'v2', true,
    ['horizontalpodautoscaler', 'hpa'], horizontalPodAutoscalerPrinter),
  r('poddisruptionbudgets', 'PodDisruptionBudget', 'policy', 'v1', true, ['poddisruptionbudget', 'pdb'],
    podDisruptionBudgetPrinter),
  r('configmaps', 'ConfigMap', '', 'v1', true, ['configmap', 'cm'], configMapPrinter),
  r('services', 'Service', '', 'v1', true, ['service', 'svc'], servicePrinter),
  r('secrets', 'Secret', '', 'v1', true, ['secret'], secretPrinter),
  r('namespaces', 'Namespace', '', 'v1', false, ['namespace', 'ns'], namespacePrinter),
  r('persistentvolumeclaims', 'PersistentVolumeClaim', '', 'v1', true, ['persistentvolumeclaim', 'pvc'],
    persistentVolumeClaimPrinter),
  r('priorityclasses', 'PriorityClass', 'scheduling.k8s.io', 'v1', false, ['priorityclass', 'pc'],
    priorityClassPrinter),
  r('events', 'Event', '', 'v1', true, ['event', 'ev'], eventPrinter as Printer<never>),
  r('resourcequotas', 'ResourceQuota', '', 'v1', true, ['resourcequota', 'quota'], resourceQuotaPrinter),
  r('limitranges', 'LimitRange', '', 'v1', true, ['limitrange', 'limits'], limitRangePrinter),
  // What the control plane makes by itself (api/bootstrap.ts): listed, never stored.
  r('serviceaccounts', 'ServiceAccount', '', 'v1', true, ['serviceaccount', 'sa'], serviceAccountPrinter),
  r('endpoints', 'Endpoints', '', 'v1', true, ['endpoints', 'ep'], endpointsPrinter),
  r('endpointslices', 'EndpointSlice', 'discovery.k8s.io', 'v1', true, ['endpointslice'], endpointSlicePrinter),
];

/** The resource a kubectl-style name means (`po`, `pods`, `Pod`, `deployments.apps`), if any. */
export function resolveResource(name: string): ResourceInfo | undefined {
  const n = name.toLowerCase();
  return RESOURCES.find((x) => x.resource === n || x.names.includes(n) || x.kind.toLowerCase() === n
    || (x.group !== '' && (n === `${x.resource}.${x.group}` || n === `${x.names[0]}.${x.group}`)));
}

/** `kind.group` lowercased, as `-o name` prints (`deployment.apps/web`, `pod/web-0`). */
export const qualifiedKind = (x: ResourceInfo): string => (x.group ? `${x.kind.toLowerCase()}.${x.group}`
  : x.kind.toLowerCase());

export type { Cell, Column, PrintContext, Printer } from './types.js';
export { humanDuration, since } from './humanDuration.js';
