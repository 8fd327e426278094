import type { Millis, NodeName, ObjectKey, Uid } from '../api/ids.js';

/** One node's verdict and scores in an explained scheduling attempt. */
export type ExplainedNode = Readonly<{
  node: NodeName;
  /** `Feasible`, or the rejecting filter's reasons joined by `; `. */
  verdict: string;
  plugin?: string;
  /** Score plugin -> [raw, normalised, weighted]. */
  scores?: Readonly<Record<string, readonly [number, number, number]>>;
  total?: number;
}>;

/**
 * What one scheduling attempt saw (recorded only with `kubesim run --explain-scheduling`):
 * each evaluated node's filter verdict and each score plugin's raw and normalised score.
 * Log-only: state does not change.
 */
export type SchedulingAttemptExplained = Readonly<{
  type: 'SchedulingAttemptExplained'; at: Millis; pod: ObjectKey; uid: Uid; attempt: number;
  profile: string; selected?: NodeName; evaluated: number; totalNodes: number; nodes: readonly ExplainedNode[];
  /** Preemption's outcome when no node fitted: the nominated node and the pods evicted there. */
  nominated?: NodeName; victims?: readonly string[];
}>;

export type SchedulingEvent = SchedulingAttemptExplained;
export const SCHEDULING_EVENT_TYPES = { SchedulingAttemptExplained: true } satisfies Record<SchedulingEvent['type'],
  true>;
