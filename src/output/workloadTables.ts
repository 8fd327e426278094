import type { KubeObject } from '../api/types.js';
import type { ClusterState } from '../reducers/state.js';
import { formatDuration } from '../api/time.js';
import { table } from './table.js';
import { listObjects } from '../reducers/state.js';

type Row = (o: KubeObject, age: string) => string[];
const num = (v: unknown): string => String(typeof v === 'number' ? v : 0);
const spec = (o: KubeObject) => (o.spec ?? {}) as Record<string, unknown>;
const status = (o: KubeObject) => (o.status ?? {}) as Record<string, unknown>;
/** kubectl's access mode abbreviations (pkg/apis/core/helper GetAccessModesAsString). */
const MODES: Record<string, string> = { ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX',
  ReadWriteOncePod: 'RWOP' };

/**
 * `kubectl get` columns per kind (pkg/printers/internalversion/printers.go: printDeployment,
 * printReplicaSet, printReplicationController, printStatefulSet, printDaemonSet,
 * printPersistentVolumeClaim), with NAMESPACE and `kind.group/name` as `kubectl get all -A` prints them.
 */
const KINDS: readonly { resource: string; prefix: string; header: string[]; row: Row }[] = [
  { resource: 'deployments', prefix: 'deployment.apps/', header: ['READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
    row: (o, age) => [`${num(status(o).readyReplicas)}/${num(spec(o).replicas ?? 1)}`, num(status(o).updatedReplicas),
      num(status(o).availableReplicas), age] },
  { resource: 'replicasets', prefix: 'replicaset.apps/', header: ['DESIRED', 'CURRENT', 'READY', 'AGE'],
    row: (o, age) => [num(spec(o).replicas ?? 1), num(status(o).replicas), num(status(o).readyReplicas), age] },
  { resource: 'replicationcontrollers', prefix: 'replicationcontroller/',
    header: ['DESIRED', 'CURRENT', 'READY', 'AGE'], row: (o, age) =>
      [num(spec(o).replicas ?? 1), num(status(o).replicas), num(status(o).readyReplicas), age] },
  { resource: 'statefulsets', prefix: 'statefulset.apps/', header: ['READY', 'AGE'],
    row: (o, age) => [`${num(status(o).readyReplicas)}/${num(spec(o).replicas ?? 1)}`, age] },
  {
    resource: 'daemonsets', prefix: 'daemonset.apps/', header: ['DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE',
      'AVAILABLE', 'NODE SELECTOR', 'AGE'],
    row: (o, age) => {
      const st = status(o);
      const sel = ((spec(o).template as { spec?: { nodeSelector?: Record<string, string> } }
        | undefined)?.spec?.nodeSelector) ?? {};
      const selText = Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(',') || '<none>';
      return [num(st.desiredNumberScheduled), num(st.currentNumberScheduled), num(st.numberReady),
        num(st.updatedNumberScheduled), num(st.numberAvailable), selText, age];
    },
  },
  {
    resource: 'persistentvolumeclaims', prefix: 'persistentvolumeclaim/',
      header: ['STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'AGE'],
    row: (o, age) => {
      const st = status(o) as { phase?: string; capacity?: { storage?: string }; accessModes?: string[] };
      return [st.phase ?? 'Pending', String(spec(o).volumeName ?? ''), st.capacity?.storage ?? '',
        (st.accessModes ?? []).map((m) => MODES[m] ?? m).join(','), String(spec(o).storageClassName ?? '<unset>'), age];
    },
  },
];

/** The `kubectl get <kind> -A` tables of the workload kinds that have objects, separated by blank lines. */
export function workloadTables(state: ClusterState): string {
  const out: string[] = [];
  for (const k of KINDS) {
    const objs = listObjects(state, k.resource).sort((a, b) => {
      const ka = `${a.metadata.namespace}/${a.metadata.name}`, kb = `${b.metadata.namespace}/${b.metadata.name}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    if (!objs.length) continue;
    const rows = [['NAMESPACE', 'NAME', ...k.header]];
    for (const o of objs) rows.push([o.metadata.namespace ?? '', `${k.prefix}${o.metadata.name}`,
      ...k.row(o, formatDuration(state.time - (o.metadata.creationTimestamp ?? 0)))]);
    out.push(table(rows));
  }
  return out.join('\n\n');
}
