import type { Draft } from 'immer';
import type { ClusterEvent, EventType } from '../events/index.js';
import type { CaseReducer, CaseReducers } from './caseReducer.js';
import { containerReducers } from './containers.js';
import { produce } from './immer.js';
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

/** All facts of one batch in one produce (immer: "pull produce as far up as possible"). */
export const evolveAll = (s: ClusterState, es: readonly ClusterEvent[]): ClusterState =>
  es.length === 0 ? s : produce(s, (d) => {
    // Tables are hand-written persistent tries (table.ts): writable for this batch only.
    const w = d as unknown as Record<string, Table<unknown>>;
    for (const k of TABLE_SLICES) w[k] = w[k].beginBatch();
    for (const e of es) apply(d, e);
    for (const k of TABLE_SLICES) w[k] = w[k].persistent();
    sealObjectTables();
  });

/** evolve(state, event) -> state: the only way facts become state. */
export const evolve = (s: ClusterState, e: ClusterEvent): ClusterState => evolveAll(s, [e]);
