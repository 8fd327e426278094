import type { ObjectKey, Uid } from '../../api/ids.js';
import type { BackoffRecord } from './jobBackoff.js';

/** What the Job controller remembers per Job between syncs (the job-tracking finalizer's role). */
export interface JobMemory {
  /** Pods seen and not yet counted, with their completion index. */
  readonly tracked: Map<Uid, { key: ObjectKey }>;
  /** Pods already counted in status.succeeded / status.failed (their finalizer removed). */
  readonly counted: Set<Uid>;
  /** Pods the controller itself deleted: not failures when they disappear. */
  readonly expectedRemovals: Set<Uid>;
  readonly succeededIndexes: Set<number>;
  /** Indexes failed under backoffLimitPerIndex (status.failedIndexes). */
  readonly failedIndexes: Set<number>;
  backoff: BackoffRecord;
  /** FailJob outcome of the pod failure policy, kept until the Job's conditions say it. */
  failJobMessage?: string;
  /** The Job's pods a sync looks at (jobPodSet.ts): created and not yet counted and finished. */
  readonly open: Set<Uid>;
  /** The Job's pods counted and finished, still in the owner index. */
  readonly closed: Set<Uid>;
  /** Whether open and closed were built from the owner index once. */
  primed: boolean;
}

export const newMemory = (): JobMemory => ({ tracked: new Map(), counted: new Set(), expectedRemovals: new Set(),
  succeededIndexes: new Set(), failedIndexes: new Set(), backoff: { failuresAfterLastSuccess: 0 }, open: new Set(),
  closed: new Set(), primed: false });

