import type { ComponentContext } from '../../decider/component.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef } from '../controller.js';
/** pkg/controller/podgc/gc_controller.go: quarantineTime, a node must stay gone this long. */
export declare const POD_GC_QUARANTINE_MS = 40000;
export declare const DELETION_BY_POD_GC = "DeletionByPodGC";
/**
 * The pod garbage collector's gcOrphaned (pkg/controller/podgc): pods bound to a node that no
 * longer exists are failed (DisruptionTarget, reason DeletionByPodGC) and force-deleted once the
 * node has been gone for the quarantine time. Terminating pods on a removed node go too.
 */
export declare function makePodGCController(): ControllerDef;
export declare const podGCController: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => ControllerComponent;
};
