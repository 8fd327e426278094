import type { ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import { type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
/**
 * The DaemonSet controller (pkg/controller/daemon): manage (a pod for every node that should run
 * one, none elsewhere, extras and failed pods deleted), rollingUpdate (maxUnavailable or
 * maxSurge, percentages rounded up), history cleanup and status.
 */
export declare function syncDaemonSet(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void;
export declare const daemonSetControllerDef: ControllerDef;
export declare const daemonSet: {
    name: string;
    create: (scenario: import("../../index.js").Scenario, ctx: import("../../index.js").ComponentContext) => import("../controller.js").ControllerComponent;
};
