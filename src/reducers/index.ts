import type { Draft } from 'immer';
import type { ClusterEvent, EventType } from '../events/index.js';
import type { CaseReducer, CaseReducers } from './caseReducer.js';
import { containerReducers } from './containers.js';
import { isAutoFreeze } from './immer.js';
import { sealBatchOwned } from './batchOwned.js';
import { nodeReducers } from './nodes.js';
import { podReducers } from './pods.js';
import { probeReducers } from './probes.js';
import { quotaUsageReducers } from './quotaUsage.js';
import { scenarioReducers } from './scenario.js';
import type { ClusterState } from './state.js';
import type { Table } from './table.js';
import { sealObjectTables, workloadReducers } from './workloads.js';

export * from './state.js';
export * from './table.js';
export { LOG_ONLY } from './scenario.js';
export { getPhase, deriveConditions, isPodReady } from './podStatus.js';
export { controllerOf } from './pods.js';

// quotaUsageReducers first: they read what a delete removes and whether an apply creates.
const TABLES: readonly CaseReducers[] = [quotaUsageReducers, scenarioReducers, nodeReducers, podReducers,
  containerReducers, probeReducers,
  workloadReducers];

/** Many tables may answer one event: the dispatch is built once, at module load. */
const DISPATCH: Partial<Record<EventType, CaseReducer<ClusterEvent>[]>> = {};
for (const table of TABLES) {
  for (const [type, fn] of Object.entries(table) as [EventType, CaseReducer<ClusterEvent>][]) {
    (DISPATCH[type] ??= []).push(fn);
  }
}
export const handledEventTypes = (): EventType[] => Object.keys(DISPATCH) as EventType[];

function apply(d: Draft<ClusterState>, e: ClusterEvent): void {
  const fns = DISPATCH[e.type];
  if (fns) for (const fn of fns) fn(d, e);
  if (e.at > d.time) d.time = e.at;
}

const TABLE_SLICES = ['nodes', 'pods', 'podUids', 'podsOnNode', 'podsByOwner'] as const;

/**
 * All facts of one batch on one plain copy of the root. The root is not an immer draft: every
 * large collection under it is a Table (table.ts, writable for this batch only), the `objects`
 * record and `nodeNames` are copied once per batch on their first change (batchOwned.ts), and
 * the rest are numbers and strings. Drafting the root cost a proxy trap for each field read by
 * each of a batch's ~800 facts. Frozen at the end, as immer would, when state is frozen as written.
 */
export function evolveAll(s: ClusterState, es: readonly ClusterEvent[]): ClusterState {
  if (es.length === 0) return s;
  const d = { ...s } as Draft<ClusterState>;
  const w = d as unknown as Record<string, Table<unknown>>;
  sealBatchOwned(false);
  for (const k of TABLE_SLICES) w[k] = w[k].beginBatch();
  for (const e of es) apply(d, e);
  for (const k of TABLE_SLICES) w[k] = w[k].persistent();
  sealObjectTables();
  const freeze = isAutoFreeze();
  sealBatchOwned(freeze);
  return freeze ? Object.freeze(d) as ClusterState : d as ClusterState;
}

/** evolve(state, event) -> state: the only way facts become state. */
export const evolve = (s: ClusterState, e: ClusterEvent): ClusterState => evolveAll(s, [e]);
