import { type ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import { type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
/**
 * deployment_controller.go syncDeployment: status only while being deleted; paused and scaling
 * events go through `sync`; otherwise the strategy's rollout (rolloutRolling / rolloutRecreate).
 */
export declare function syncDeployment(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void;
export declare const deploymentControllerDef: ControllerDef;
export declare const deployment: {
    name: string;
    create: (scenario: import("../../scenario/types.js").Scenario, ctx: import("../../index.js").ComponentContext) => import("../controller.js").ControllerComponent;
};
