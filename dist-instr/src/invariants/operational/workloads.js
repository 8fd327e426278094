import { objectsOf, objectsOwnedBy, podsOwnedBy, spec } from '../helpers.js';
import { selects } from './monitor.js';
/** The labels of a workload's pod template. */
export const templateLabels = (o) => spec(o).template?.metadata?.labels;
/** A workload's pods (a Deployment's through its ReplicaSets). */
export function workloadPods(state, resource, o) {
    return resource === 'deployments'
        ? objectsOwnedBy(state, 'replicasets', o.metadata.uid ?? '').flatMap((rs) => podsOwnedBy(state, rs.metadata.uid ?? ''))
        : podsOwnedBy(state, o.metadata.uid ?? '');
}
/** The workloads a law judges, resource by resource: live ones whose pod template the selector selects. */
export function* selectedWorkloads(state, resources, selector) {
    for (const resource of resources) {
        for (const o of objectsOf(state, resource)) {
            if (o.metadata.deletionTimestamp === undefined && selects(selector, templateLabels(o)))
                yield { resource, o };
        }
    }
}
