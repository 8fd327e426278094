import type { Taint, Toleration } from '../../api/types.js';
import type { ComponentContext } from '../../decider/component.js';
import type { Millis } from '../../api/ids.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef } from '../controller.js';
/** pkg/controller/tainteviction/taint_eviction.go: the DisruptionTarget condition it sets before deleting. */
export declare const DELETION_BY_TAINT_MANAGER = "DeletionByTaintManager";
export declare const TAINT_MANAGER_MESSAGE = "Taint manager: deleting due to NoExecute taint";
export { toleratesTaint } from '../../api/tolerations.js';
/**
 * How long a pod may stay on a node with these NoExecute taints (taint_eviction.go,
 * getMinTolerationTime): 0 when one taint is not tolerated, Infinity when every matching
 * toleration has no tolerationSeconds, else the smallest tolerationSeconds (negative counts as 0).
 */
export declare function getMinTolerationTime(taints: readonly Taint[], tolerations: readonly Toleration[]): Millis;
/**
 * The taint eviction controller (pkg/controller/tainteviction): when a node has NoExecute
 * taints, each pod on it is deleted once its tolerations run out, counted from when the taint
 * reached it (the later of the taint's timeAdded and the pod's binding). The pod first gets the
 * DisruptionTarget condition (reason DeletionByTaintManager), then graceful deletion; on an
 * unreachable node it stays Terminating, since no kubelet finishes it.
 */
export declare function makeTaintEvictionController(): ControllerDef;
export declare const taintEvictionController: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => ControllerComponent;
};
