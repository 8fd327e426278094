import type { Taint } from '../../api/types.js';
import type { ComponentContext } from '../../decider/component.js';
import type { Millis } from '../../api/ids.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef } from '../controller.js';
/** kube-controller-manager --node-monitor-period default (pkg/controller/nodelifecycle config): 5 s. */
export declare const NODE_MONITOR_PERIOD_MS = 5000;
/** --node-monitor-grace-period default: 50 s since v1.32 (40 s before) (nodelifecycle config defaults). */
export declare const NODE_MONITOR_GRACE_PERIOD_MS = 50000;
/**
 * The kubelet renews its node Lease every 10 s: leaseDuration 40 s x
 * nodeLeaseRenewIntervalFraction 0.25 (pkg/kubelet/kubelet.go).
 */
export declare const NODE_LEASE_RENEW_INTERVAL_MS = 10000;
/** pkg/controller/nodelifecycle/node_lifecycle_controller.go: the message of every Unknown condition. */
export declare const NODE_STATUS_UNKNOWN_MESSAGE = "Kubelet stopped posting node status.";
/**
 * node_lifecycle_controller.go tryUpdateNodeHealth: a condition the kubelet never posted becomes
 * Unknown with reason NodeStatusNeverUpdated, heartbeat and transition at the node's creation.
 */
export declare const NODE_STATUS_NEVER_UPDATED: {
    readonly reason: "NodeStatusNeverUpdated";
    readonly message: "Kubelet never posted node status.";
};
/**
 * When the controller marks a lost node Unknown. The kubelet's last lease renewal is the last
 * 10 s tick (from its last heartbeat) at or before the loss; monitorNodeHealth, which runs every
 * `period` from the controller's start (the simulation's start here), sees it at its next tick
 * (probeTimestamp = that tick's now, tryUpdateNodeHealth) and declares the node Unknown at the
 * first tick where probeTimestamp + grace is strictly before now. Both comparisons happen at
 * ticks only: with the defaults a renewal is judged 50-60 s after it; a shorter
 * --node-monitor-period narrows that.
 *
 * @example nodeUnknownAt(0, 62_000) // renewal 60 s, seen 60 s, Unknown at 115 s
 */
export declare function nodeUnknownAt(lastHeartbeat: Millis, lostAt: Millis, period?: number, grace?: number): {
    lastRenewal: Millis;
    unknownAt: Millis;
};
/** The taints a node's Ready condition calls for (node_lifecycle_controller.go: nodeConditionToTaintKeyStatusMap). */
export declare function taintsForReady(status: string | undefined): readonly {
    key: string;
    effect: Taint['effect'];
}[];
/**
 * The node lifecycle controller (pkg/controller/nodelifecycle): monitorNodeHealth marks a node
 * whose kubelet stopped reporting Ready=Unknown (and its pods Ready=False, markPodsNotReady),
 * then keeps the not-ready / unreachable taints in step with the Ready condition. Instead of
 * ticking every 5 s it computes the tick at which the outcome changes and syncs then.
 */
export declare function makeNodeLifecycleController(): ControllerDef;
export declare const nodeLifecycleController: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => ControllerComponent;
};
