import type { ClusterState } from '../reducers/state.js';
import { listObjects } from '../reducers/state.js';
import { sortByKey } from './get/get.js';
import { resolveResource } from './printers/index.js';
import { printTable } from './printers/printTable.js';

const KINDS = ['deployments', 'replicasets', 'replicationcontrollers', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs',
  'horizontalpodautoscalers', 'persistentvolumeclaims'];

/**
 * The `kubectl get all -A` tables (names as kind.group/name) of the workload kinds that have objects, separated by
 * blank lines.
 */
export function workloadTables(state: ClusterState): string {
  const out: string[] = [];
  for (const r of KINDS) {
    const objs = sortByKey(listObjects(state, r));
    if (objs.length) out.push(printTable(resolveResource(r)!, objs, { now: state.time },
      { withNamespace: true, withKind: true }).replace(/\n$/, ''));
  }
  return out.join('\n\n');
}
