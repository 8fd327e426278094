import type { KubeObject } from '../api/types.js';
import type { CaseReducers } from './caseReducer.js';

type Obj = { -readonly [K in keyof KubeObject]: KubeObject[K] };

export const workloadReducers = {
  ObjectApplied(s, e) {
    const bucket = (s.objects[e.resource] ??= {}) as Record<string, KubeObject>;
    bucket[e.key] = e.object;
    s.resourceVersion++;
  },
  ObjectStatusUpdated(s, e) {
    const o = s.objects[e.resource]?.[e.key] as Obj | undefined;
    if (o) o.status = e.status;
  },
  ObjectTerminating(s, e) {
    const o = s.objects[e.resource]?.[e.key] as Obj | undefined;
    if (o) o.metadata = { ...o.metadata, deletionTimestamp: e.at, finalizers: [e.propagationPolicy === 'Foreground' ? 'foregroundDeletion' : 'orphan'] };
  },
  ObjectDeleted(s, e) {
    const bucket = s.objects[e.resource] as Record<string, KubeObject> | undefined;
    if (bucket) delete bucket[e.key];
  },
} satisfies CaseReducers;
