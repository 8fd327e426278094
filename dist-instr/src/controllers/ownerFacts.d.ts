import type { ClusterEvent } from '../events/index.js';
import type { ClusterState } from '../reducers/state.js';
/**
 * `factsFor` of a controller built with ownedPodsKeysFor(resource, kind): the indexes of the
 * batch's facts its keysFor may return keys for (every other fact gives it none), in order.
 */
export declare const ownedPodsFactsFor: (resource: string, kind: string) => (events: readonly ClusterEvent[], state: ClusterState, prev: ClusterState) => readonly number[];
