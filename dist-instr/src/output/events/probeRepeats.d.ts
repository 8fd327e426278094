import type { Probe } from '../../api/types.js';
import type { ClusterEvent, EventOf } from '../../events/index.js';
/**
 * When the kubelet recorded `Unhealthy` for a failing probe. kubesim logs a probe only when its
 * result changes (after failureThreshold failures), but the kubelet's prober records an event
 * for every failed probe (pkg/kubelet/prober/prober.go runProbe: "%s probe failed: %s"): the
 * failureThreshold failures up to the fact, one period apart, and, for a readiness probe whose
 * container keeps running, one more each period until it passes, the container stops, the
 * pod goes away or `upTo`.
 */
export declare function probeFailures(e: EventOf<'ProbeFailed'>, probe: Probe, facts: readonly ClusterEvent[], index: number, upTo: number): number[];
