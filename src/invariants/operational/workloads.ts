import type { KubeObject, Pod } from '../../api/types.js';
import type { ClusterState } from '../../reducers/state.js';
import { objectsOf, objectsOwnedBy, podsOwnedBy, spec } from '../helpers.js';
import { selects } from './monitor.js';
import { NO_UID } from '../../api/ids.js';

/** The labels of a workload's pod template. */
export const templateLabels = (o: KubeObject) => (spec(o).template as { metadata?: { labels?: Record<string, string> } }
  | undefined)?.metadata?.labels;

/** A workload's pods (a Deployment's through its ReplicaSets). */
export function workloadPods(state: ClusterState, resource: string, o: KubeObject): Pod[] {
  return resource === 'deployments'
    ? objectsOwnedBy(state, 'replicasets', o.metadata.uid ?? NO_UID).flatMap((rs) =>
      podsOwnedBy(state, rs.metadata.uid ?? NO_UID))
    : podsOwnedBy(state, o.metadata.uid ?? NO_UID);
}

/** The workloads a law judges, resource by resource: live ones whose pod template the selector selects. */
export function* selectedWorkloads(state: ClusterState, resources: readonly string[],
  selector: unknown): Generator<{ resource: string; o: KubeObject }> {
  for (const resource of resources) {
    for (const o of objectsOf(state, resource)) {
      if (o.metadata.deletionTimestamp === undefined && selects(selector, templateLabels(o))) yield { resource, o };
    }
  }
}
