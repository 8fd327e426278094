/**
 * kubectl's table printers for every kind kubesim models, keyed by resource: the same code
 * serves `kubesim get` and the API server's Table responses.
 */
import { daemonSetPrinter, deploymentPrinter, replicaSetPrinter, replicationControllerPrinter, statefulSetPrinter } from './apps.js';
import { horizontalPodAutoscalerPrinter } from './autoscaling.js';
import { cronJobPrinter, jobPrinter } from './batch.js';
import { configMapPrinter, eventPrinter, limitRangePrinter, namespacePrinter, resourceQuotaPrinter, persistentVolumeClaimPrinter, priorityClassPrinter, secretPrinter, servicePrinter, } from './core.js';
import { nodePrinter } from './nodes.js';
import { podPrinter } from './pods.js';
import { podDisruptionBudgetPrinter } from './policy.js';
const r = (resource, kind, group, version, namespaced, names, printer) => ({ resource, kind, group, version, namespaced, names, printer });
export const RESOURCES = [
    r('pods', 'Pod', '', 'v1', true, ['pod', 'po'], podPrinter),
    r('nodes', 'Node', '', 'v1', false, ['node', 'no'], nodePrinter),
    r('deployments', 'Deployment', 'apps', 'v1', true, ['deployment', 'deploy'], deploymentPrinter),
    r('replicasets', 'ReplicaSet', 'apps', 'v1', true, ['replicaset', 'rs'], replicaSetPrinter),
    r('statefulsets', 'StatefulSet', 'apps', 'v1', true, ['statefulset', 'sts'], statefulSetPrinter),
    r('daemonsets', 'DaemonSet', 'apps', 'v1', true, ['daemonset', 'ds'], daemonSetPrinter),
    r('replicationcontrollers', 'ReplicationController', '', 'v1', true, ['replicationcontroller', 'rc'], replicationControllerPrinter),
    r('jobs', 'Job', 'batch', 'v1', true, ['job'], jobPrinter),
    r('cronjobs', 'CronJob', 'batch', 'v1', true, ['cronjob', 'cj'], cronJobPrinter),
    r('horizontalpodautoscalers', 'HorizontalPodAutoscaler', 'autoscaling', 'v2', true, ['horizontalpodautoscaler', 'hpa'], horizontalPodAutoscalerPrinter),
    r('poddisruptionbudgets', 'PodDisruptionBudget', 'policy', 'v1', true, ['poddisruptionbudget', 'pdb'], podDisruptionBudgetPrinter),
    r('configmaps', 'ConfigMap', '', 'v1', true, ['configmap', 'cm'], configMapPrinter),
    r('services', 'Service', '', 'v1', true, ['service', 'svc'], servicePrinter),
    r('secrets', 'Secret', '', 'v1', true, ['secret'], secretPrinter),
    r('namespaces', 'Namespace', '', 'v1', false, ['namespace', 'ns'], namespacePrinter),
    r('persistentvolumeclaims', 'PersistentVolumeClaim', '', 'v1', true, ['persistentvolumeclaim', 'pvc'], persistentVolumeClaimPrinter),
    r('priorityclasses', 'PriorityClass', 'scheduling.k8s.io', 'v1', false, ['priorityclass', 'pc'], priorityClassPrinter),
    r('events', 'Event', '', 'v1', true, ['event', 'ev'], eventPrinter),
    r('resourcequotas', 'ResourceQuota', '', 'v1', true, ['resourcequota', 'quota'], resourceQuotaPrinter),
    r('limitranges', 'LimitRange', '', 'v1', true, ['limitrange', 'limits'], limitRangePrinter),
];
/** The resource a kubectl-style name means (`po`, `pods`, `Pod`, `deployments.apps`), if any. */
export function resolveResource(name) {
    const n = name.toLowerCase();
    return RESOURCES.find((x) => x.resource === n || x.names.includes(n) || x.kind.toLowerCase() === n
        || (x.group !== '' && (n === `${x.resource}.${x.group}` || n === `${x.names[0]}.${x.group}`)));
}
/** `kind.group` lowercased, as `-o name` prints (`deployment.apps/web`, `pod/web-0`). */
export const qualifiedKind = (x) => (x.group ? `${x.kind.toLowerCase()}.${x.group}`
    : x.kind.toLowerCase());
export { humanDuration, since } from './humanDuration.js';
