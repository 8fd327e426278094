import type { ClusterEvent } from '../events/index.js';
import type { Millis } from '../api/ids.js';
import { type ClusterState } from '../reducers/state.js';
/**
 * Rebuilds the state from facts alone: reducers only, no deciders. With `at`, stops after the
 * last fact at or before `at` and sets the clock to `at` (time travel). With `from` (a checkpoint's
 * state, taken between two instants), `events` are the facts after it.
 */
export declare function replay(events: readonly ClusterEvent[], at?: Millis, from?: ClusterState): ClusterState;
