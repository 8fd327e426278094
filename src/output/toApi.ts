import { rfc3339 } from '../api/time.js';
import { OBJECT_RESOURCES, type ClusterState } from '../reducers/state.js';
import { tvalues } from '../reducers/table.js';
import { listObjects } from '../reducers/state.js';

/** Fields that hold virtual milliseconds inside kubesim and RFC 3339 strings in the API. */
const TIME_FIELDS = new Set([
  'creationTimestamp', 'deletionTimestamp', 'lastTransitionTime', 'lastProbeTime', 'lastHeartbeatTime',
    'lastUpdateTime',
  'startedAt', 'finishedAt', 'startTime', 'completionTime', 'timeAdded', 'lastScheduleTime', 'lastSuccessfulTime',
    'lastScaleTime',
  'firstTimestamp', 'lastTimestamp',
]);

/** An internal object in API form: virtual-millisecond time fields as RFC 3339 (kubesim serve renders with it too). */
export function render(v: unknown, startTime: number): unknown {
  if (Array.isArray(v)) return v.map((x) => render(x, startTime));
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = TIME_FIELDS.has(k) && typeof x === 'number' ? rfc3339(startTime, x)
    : render(x, startTime);
  return out;
}

const byName = (a: { metadata: { name: string; namespace?: string } },
  b: { metadata: { name: string; namespace?: string } }): number => {
  const ka = `${a.metadata.namespace ?? ''}/${a.metadata.name}`,
    kb = `${b.metadata.namespace ?? ''}/${b.metadata.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

export interface ApiSnapshot {
  readonly time: number;
  readonly scenario: string;
  readonly seed: number;
  readonly nodes: unknown[];
  readonly pods: unknown[];
  readonly [resource: string]: unknown;
}

/**
 * The state as the Kubernetes API would list it: `{time, nodes, pods, deployments, ...}`, each
 * object with kind, metadata, spec and status, timestamps as RFC 3339, lists sorted by
 * namespace/name. `run --output json` and `replay --output json` print this.
 */
export function toApi(state: ClusterState): ApiSnapshot {
  const st = state.startTime;
  const out: Record<string, unknown> = {
    time: state.time,
    scenario: state.scenario,
    seed: state.seed,
    nodes: tvalues(state.nodes).map((n) => n.object).sort(byName).map((n) => render(n, st)),
    pods: tvalues(state.pods).sort(byName).map((p) => render(p, st)),
  };
  for (const r of OBJECT_RESOURCES) {
    if (r === 'controllerrevisions' || r === 'namespaces' || r === 'secrets') continue;
    out[r] = listObjects(state, r).sort(byName).map((o) => render(o, st));
  }
  return out as ApiSnapshot;
}
