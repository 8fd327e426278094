/**
 * Zone states and the NoExecute tainting rate of the node lifecycle controller
 * (pkg/controller/nodelifecycle/node_lifecycle_controller.go: ComputeZoneState, handleDisruption,
 * setLimiterInZone, HealthyQPSFunc, ReducedQPSFunc). Pure.
 */
import type { Node } from '../../api/types.js';
import type { ControllerManagerFlags } from '../../scenario/clusterFlags.js';
export type ZoneState = 'Normal' | 'PartialDisruption' | 'FullDisruption';
/**
 * A node's zone key (k8s.io/component-helpers/node/topology GetZoneKey): region and zone labels
 * joined by ":\x00:"; a node with neither is in the zone "".
 */
export declare function zoneKey(node: Node): string;
/**
 * ComputeZoneState: FullDisruption when no node of the zone is Ready; PartialDisruption when more
 * than 2 are not Ready and they are at least unhealthyZoneThreshold of the zone; Normal otherwise.
 *
 * @example computeZoneState(['False', 'False', 'False', 'True'], 0.55) // 'PartialDisruption'
 */
export declare function computeZoneState(readyStatuses: readonly (string | undefined)[], unhealthyZoneThreshold: number): ZoneState;
/**
 * NoExecute taints per second in a zone (setLimiterInZone): Normal and FullDisruption take
 * --node-eviction-rate (HealthyQPSFunc); PartialDisruption takes --secondary-node-eviction-rate
 * when the zone has more than --large-cluster-size-threshold nodes, else 0 (ReducedQPSFunc). When
 * every zone is fully disrupted the controller stops tainting altogether (handleDisruption, "master
 * disruption mode"): 0.
 */
export declare function zoneTaintRate(state: ZoneState, zoneSize: number, allZonesFullyDisrupted: boolean, flags: ControllerManagerFlags): number;
/**
 * The token bucket of the zone's RateLimitedTimedQueue (flowcontrol.NewTokenBucketRateLimiter(qps,
 * EvictionRateLimiterBurst = 1)): a taint may go out when a token is there; the next comes 1/qps
 * later. Returns when this taint may go out (`now` or later; undefined: never at rate 0).
 */
export declare function nextTaintSlot(lastTaintAt: number | undefined, rate: number, now: number): number | undefined;
