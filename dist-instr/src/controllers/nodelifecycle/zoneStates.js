/**
 * A node's zone key (k8s.io/component-helpers/node/topology GetZoneKey): region and zone labels
 * joined by ":\x00:"; a node with neither is in the zone "".
 */
export function zoneKey(node) {
    const l = node.metadata.labels ?? {};
    const region = l['topology.kubernetes.io/region'] ?? l['failure-domain.beta.kubernetes.io/region'] ?? '';
    const zone = l['topology.kubernetes.io/zone'] ?? l['failure-domain.beta.kubernetes.io/zone'] ?? '';
    return region === '' && zone === '' ? '' : `${region}:\x00:${zone}`;
}
/**
 * ComputeZoneState: FullDisruption when no node of the zone is Ready; PartialDisruption when more
 * than 2 are not Ready and they are at least unhealthyZoneThreshold of the zone; Normal otherwise.
 *
 * @example computeZoneState(['False', 'False', 'False', 'True'], 0.55) // 'PartialDisruption'
 */
export function computeZoneState(readyStatuses, unhealthyZoneThreshold) {
    const ready = readyStatuses.filter((s) => s === 'True').length;
    const notReady = readyStatuses.length - ready;
    if (ready === 0 && notReady > 0)
        return 'FullDisruption';
    // float32 division in Go; the thresholds in use (0.55) compare the same in float64.
    if (notReady > 2 && notReady / (notReady + ready) >= unhealthyZoneThreshold)
        return 'PartialDisruption';
    return 'Normal';
}
/**
 * NoExecute taints per second in a zone (setLimiterInZone): Normal and FullDisruption take
 * --node-eviction-rate (HealthyQPSFunc); PartialDisruption takes --secondary-node-eviction-rate
 * when the zone has more than --large-cluster-size-threshold nodes, else 0 (ReducedQPSFunc). When
 * every zone is fully disrupted the controller stops tainting altogether (handleDisruption, "master
 * disruption mode"): 0.
 */
export function zoneTaintRate(state, zoneSize, allZonesFullyDisrupted, flags) {
    if (allZonesFullyDisrupted)
        return 0;
    if (state === 'PartialDisruption') {
        return zoneSize > flags.largeClusterSizeThreshold ? flags.secondaryNodeEvictionRate : 0;
    }
    return flags.nodeEvictionRate;
}
/**
 * The token bucket of the zone's RateLimitedTimedQueue (flowcontrol.NewTokenBucketRateLimiter(qps,
 * EvictionRateLimiterBurst = 1)): a taint may go out when a token is there; the next comes 1/qps
 * later. Returns when this taint may go out (`now` or later; undefined: never at rate 0).
 */
export function nextTaintSlot(lastTaintAt, rate, now) {
    if (rate <= 0)
        return undefined;
    if (lastTaintAt === undefined)
        return now;
    return Math.max(now, lastTaintAt + Math.ceil(1000 / rate));
}
