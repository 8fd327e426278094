import type { KubeObject } from '../api/types.js';
import type { CaseReducers } from './caseReducer.js';

type Obj = { -readonly [K in keyof KubeObject]: KubeObject[K] };

export const workloadReducers = {
  ObjectApplied(s, e) {
    const bucket = (s.objects[e.resource] ??= {}) as Record<string, KubeObject>;
    bucket[e.key] = e.object;
    s.resourceVersion++;
  },
  // Both replace the object rather than assign into it: when an ObjectApplied of the same batch
  // put it there, it is the event's own object (immer does not draft values assigned in the same
  // produce), and assigning into it would change the logged event (or throw once it is frozen).
  ObjectStatusUpdated(s, e) {
    const bucket = s.objects[e.resource] as Record<string, Obj> | undefined;
    const o = bucket?.[e.key];
    if (bucket && o) bucket[e.key] = { ...o, status: e.status };
  },
  ObjectTerminating(s, e) {
    const bucket = s.objects[e.resource] as Record<string, Obj> | undefined;
    const o = bucket?.[e.key];
    if (bucket && o) bucket[e.key] = { ...o, metadata: { ...o.metadata, deletionTimestamp: e.at, finalizers: [e.propagationPolicy === 'Foreground' ? 'foregroundDeletion' : 'orphan'] } };
  },
  ObjectDeleted(s, e) {
    const bucket = s.objects[e.resource] as Record<string, KubeObject> | undefined;
    if (bucket) delete bucket[e.key];
  },
} satisfies CaseReducers;
