import type { Node, Pod } from '../../api/types.js';
import type { EventObject } from '../events/eventObject.js';
/** What describe node reads besides the Node: its Lease's renewTime and the pods bound to it that have not ended. */
export interface NodeContext {
    readonly renewTime?: number;
    readonly pods: readonly Pod[];
}
/**
 * `kubectl describe node` (describe.go describeNode and describeNodeResource, kubectl 1.34):
 * the node, its Lease, conditions, addresses, capacity, system info, the non-terminated pods
 * with their requests and limits as a share of allocatable, the totals, and its Events.
 */
export declare function describeNode(node: Node, ctx: NodeContext, events: readonly EventObject[], startTime: number, now: number): string;
