import { type ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import { type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
export declare function syncGarbageCollector(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void;
export declare const garbageCollectorDef: ControllerDef;
export declare const garbageCollector: {
    name: string;
    create: (scenario: import("../../index.js").Scenario, ctx: import("../../index.js").ComponentContext) => import("../controller.js").ControllerComponent;
};
