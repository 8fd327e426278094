import type { ClusterEvent, EventType } from '../events/index.js';
import type { ClusterState } from './state.js';
export * from './state.js';
export * from './table.js';
export { LOG_ONLY } from './scenario.js';
export { getPhase, deriveConditions, isPodReady } from './podStatus.js';
export { controllerOf } from './pods.js';
export declare const handledEventTypes: () => EventType[];
/**
 * All facts of one batch on one plain copy of the root. The root is not an immer draft: every
 * large collection under it is a Table (table.ts, writable for this batch only), the `objects`
 * record and `nodeNames` are copied once per batch on their first change (batchOwned.ts), and
 * the rest are numbers and strings. Drafting the root cost a proxy trap for each field read by
 * each of a batch's ~800 facts. Frozen at the end, as immer would, when state is frozen as written.
 */
export declare function evolveAll(s: ClusterState, es: readonly ClusterEvent[]): ClusterState;
/** evolve(state, event) -> state: the only way facts become state. */
export declare const evolve: (s: ClusterState, e: ClusterEvent) => ClusterState;
