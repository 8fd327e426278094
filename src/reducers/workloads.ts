import type { Draft } from 'immer';
import type { KubeObject } from '../api/types.js';
import type { CaseReducers } from './caseReducer.js';
import type { ClusterState } from './state.js';
import { emptyTable, type Table } from './table.js';

type Obj = { -readonly [K in keyof KubeObject]: KubeObject[K] };

/** Object tables made writable in the current batch, sealed by sealObjectTables at its end. */
let touched: string[] = [];

/** The table of `resource`, writable for this batch (begun on its first write, like the pod tables). */
function writable(s: Draft<ClusterState>, resource: string): Table<KubeObject> {
  const objects = s.objects as unknown as Record<string, Table<KubeObject>>;
  const t = objects[resource] ?? emptyTable<KubeObject>();
  if (t.transient) return t;
  touched.push(resource);
  return (objects[resource] = t.beginBatch());
}

/** Seals the object tables this batch wrote (evolveAll calls it before the produce ends). */
export function sealObjectTables(s: Draft<ClusterState>): void {
  if (touched.length === 0) return;
  const objects = s.objects as unknown as Record<string, Table<KubeObject>>;
  for (const r of touched) objects[r] = objects[r].persistent();
  touched = [];
}

// The reducers replace objects whole rather than assign into them: an object stored by an
// ObjectApplied is the event's own object, and assigning into it would change the logged event
// (or throw once it is frozen). So they read with peek (the stored value, never a draft).
export const workloadReducers = {
  ObjectApplied(s, e) {
    writable(s, e.resource).set(e.key, e.object);
    s.resourceVersion++;
  },
  ObjectStatusUpdated(s, e) {
    const o = s.objects[e.resource]?.peek(e.key) as Obj | undefined;
    if (o) writable(s, e.resource).set(e.key, { ...o, status: e.status });
  },
  ObjectTerminating(s, e) {
    const o = s.objects[e.resource]?.peek(e.key) as Obj | undefined;
    if (o) writable(s, e.resource).set(e.key, { ...o, metadata: { ...o.metadata, deletionTimestamp: e.at, finalizers: [e.propagationPolicy === 'Foreground' ? 'foregroundDeletion' : 'orphan'] } });
  },
  ObjectDeleted(s, e) {
    if (s.objects[e.resource]?.has(e.key)) writable(s, e.resource).delete(e.key);
  },
} satisfies CaseReducers;
