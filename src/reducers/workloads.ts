import type { Draft } from 'immer';
import type { KubeObject, OwnerReference } from '../api/types.js';
import type { CaseReducers } from './caseReducer.js';
import { objectRef, type ClusterState } from './state.js';
import { emptyTable, type Table } from './table.js';
import { batchOwned } from './batchOwned.js';
import { NO_UID, type Uid } from '../api/ids.js';

type Obj = { -readonly [K in keyof KubeObject]: KubeObject[K] };
type Tables = Record<string, Table<unknown>>;

/** Tables made writable in the current batch (holder and slot), sealed by sealObjectTables. */
let touched: [Tables, string][] = [];

/**
 * The table in `holder[name]`, writable for this batch: begun on its first write, so a batch
 * that touches no object pays nothing (the pod tables are begun for every batch instead).
 */
export function writable<V>(holder: Tables, name: string): Table<V> {
  const t = holder[name] ?? emptyTable<V>();
  if (t.transient) return t as Table<V>;
  touched.push([holder, name]);
  return (holder[name] = t.beginBatch()) as Table<V>;
}

/** Seals the tables this batch wrote (evolveAll calls it before the produce ends). */
export function sealObjectTables(): void {
  if (touched.length === 0) return;
  for (const [holder, name] of touched) holder[name] = holder[name].persistent();
  touched = [];
}

/**
 * Resources whose objects controllers adopt or collect: only these are indexed under '' when
 * they have no controller (Deployments adopt ReplicaSets, DaemonSets and StatefulSets
 * ControllerRevisions, CronJobs Jobs, StatefulSets claims).
 */
const OWNED_KINDS = new Set(['replicasets', 'controllerrevisions', 'jobs', 'persistentvolumeclaims']);

/** The objectsByOwner keys of an object: every owner's uid, and '' when it has no controller. */
function ownerKeys(resource: string, o: KubeObject): Uid[] {
  const refs: readonly OwnerReference[] = o.metadata.ownerReferences ?? [];
  const keys = refs.map((r) => r.uid);
  if (OWNED_KINDS.has(resource) && !refs.some((r) => r.controller)) keys.push(NO_UID);
  return keys;
}

function index(s: Draft<ClusterState>, resource: string, key: string, o: KubeObject): void {
  const ref = objectRef(resource, key);
  if (o.metadata.uid) writable<string>(s as unknown as Tables, 'objectUids').set(o.metadata.uid, ref);
  for (const owner of ownerKeys(resource, o)) {
    const byOwner = writable<Record<string, true>>(s as unknown as Tables, 'objectsByOwner');
    byOwner.set(owner, { ...(byOwner.peek(owner) ?? {}), [ref]: true });
  }
}

function unindex(s: Draft<ClusterState>, resource: string, key: string, o: KubeObject): void {
  const ref = objectRef(resource, key);
  if (o.metadata.uid && s.objectUids.peek(o.metadata.uid) === ref) writable(s as unknown as Tables,
    'objectUids').delete(o.metadata.uid);
  for (const owner of ownerKeys(resource, o)) {
    const byOwner = writable<Record<string, true>>(s as unknown as Tables, 'objectsByOwner');
    const set = byOwner.peek(owner);
    if (!set || !set[ref]) continue;
    const { [ref]: _, ...rest } = set;
    let empty = true;
    for (const _k in rest) { empty = false; break; }
    if (empty) byOwner.delete(owner); else byOwner.set(owner, rest);
  }
}

// The reducers replace objects whole rather than assign into them: an object stored by an
// ObjectApplied is the event's own object, and assigning into it would change the logged event
// (or throw once it is frozen). So they read with peek (the stored value, never a draft).
/** The `objects` record owned by this batch (its tables are replaced on their first write). */
const objectsOf = (s: Draft<ClusterState>): Tables => (s.objects = batchOwned(s.objects)) as unknown as Tables;

export const workloadReducers = {
  ObjectApplied(s, e) {
    const objects = objectsOf(s);
    const prev = s.objects[e.resource]?.peek(e.key);
    if (prev) unindex(s, e.resource, e.key, prev);
    writable<KubeObject>(objects, e.resource).set(e.key, e.object);
    index(s, e.resource, e.key, e.object);
    s.resourceVersion++;
  },
  ObjectStatusUpdated(s, e) {
    const o = s.objects[e.resource]?.peek(e.key) as Obj | undefined;
    if (o) writable<KubeObject>(objectsOf(s), e.resource).set(e.key, { ...o, status: e.status });
  },
  ObjectTerminating(s, e) {
    const o = s.objects[e.resource]?.peek(e.key) as Obj | undefined;
    if (o) writable<KubeObject>(objectsOf(s), e.resource).set(e.key,
      { ...o, metadata: { ...o.metadata, deletionTimestamp: e.at,
        finalizers: [e.propagationPolicy === 'Foreground' ? 'foregroundDeletion' : 'orphan'] } });
  },
  ObjectDeleted(s, e) {
    const prev = s.objects[e.resource]?.peek(e.key);
    if (!prev) return;
    unindex(s, e.resource, e.key, prev);
    writable(objectsOf(s), e.resource).delete(e.key);
  },
} satisfies CaseReducers;
