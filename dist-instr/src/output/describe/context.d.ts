import type { KubeObject, LabelSelector, Pod, PodTemplateSpec } from '../../api/types.js';
import type { EventObject } from '../events/eventObject.js';
import { type Rec } from '../printers/types.js';
/** What a describer reads besides its object: the instant, the object's Events and the cluster's other objects. */
export interface DescribeContext {
    readonly startTime: number;
    readonly now: number;
    readonly events: readonly EventObject[];
    /** The pods in the object's namespace, in the API's order. */
    readonly pods: readonly Pod[];
    /** The stored objects of a resource in the object's namespace, in the API's order. */
    readonly list: (resource: string) => readonly KubeObject[];
}
/** Loose readers for the fields of the kinds kubesim keeps as plain objects. */
export declare const num: (v: unknown) => number;
export declare const str: (v: unknown) => string;
export declare const spec: (o: KubeObject) => Rec;
export declare const status: (o: KubeObject) => Rec;
export declare const selectorOf: (o: KubeObject) => LabelSelector | undefined;
export declare const templateOf: (s: Rec) => PodTemplateSpec | undefined;
/** Go's %v of an IntOrString (intstr.String()). */
export declare const intOrString: (v: unknown) => string;
export interface ConditionRow {
    readonly type: string;
    readonly status: string;
    readonly reason?: string;
    readonly message?: string;
}
export declare const conditionsOf: (o: KubeObject) => readonly ConditionRow[];
/**
 * describe.go getPodStatusForController: the pods the object controls (controller reference
 * uid), counted by phase: Running, Pending (as Waiting), Succeeded, Failed.
 */
export declare function podStatusLine(o: KubeObject, pods: readonly Pod[]): string;
