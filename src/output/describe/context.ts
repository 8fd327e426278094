import type { KubeObject, LabelSelector, Pod, PodTemplateSpec } from '../../api/types.js';
import type { EventObject } from '../events/eventObject.js';
import { rec, type Rec } from '../printers/types.js';

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
export const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
export const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
export const spec = (o: KubeObject): Rec => rec(o.spec);
export const status = (o: KubeObject): Rec => rec(o.status);
export const selectorOf = (o: KubeObject): LabelSelector | undefined => spec(o).selector as LabelSelector | undefined;
export const templateOf = (s: Rec): PodTemplateSpec | undefined => s.template as PodTemplateSpec | undefined;
/** Go's %v of an IntOrString (intstr.String()). */
export const intOrString = (v: unknown): string => str(v);

export interface ConditionRow { readonly type: string; readonly status: string; readonly reason?: string;
  readonly message?: string }
export const conditionsOf = (o: KubeObject): readonly ConditionRow[] =>
  (status(o).conditions as readonly ConditionRow[] | undefined) ?? [];

/**
 * describe.go getPodStatusForController: the pods the object controls (controller reference
 * uid), counted by phase: Running, Pending (as Waiting), Succeeded, Failed.
 */
export function podStatusLine(o: KubeObject, pods: readonly Pod[]): string {
  const n = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 } as Record<string, number>;
  for (const p of pods) {
    if (!p.metadata.ownerReferences?.some((r) => r.controller && r.uid === o.metadata.uid)) continue;
    if (p.status.phase in n) n[p.status.phase]++;
  }
  return `${n.Running} Running / ${n.Pending} Waiting / ${n.Succeeded} Succeeded / ${n.Failed} Failed`;
}
