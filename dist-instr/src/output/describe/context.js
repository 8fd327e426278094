import { rec } from '../printers/types.js';
/** Loose readers for the fields of the kinds kubesim keeps as plain objects. */
export const num = (v) => (typeof v === 'number' ? v : 0);
export const str = (v) => (v === undefined || v === null ? '' : String(v));
export const spec = (o) => rec(o.spec);
export const status = (o) => rec(o.status);
export const selectorOf = (o) => spec(o).selector;
export const templateOf = (s) => s.template;
/** Go's %v of an IntOrString (intstr.String()). */
export const intOrString = (v) => str(v);
export const conditionsOf = (o) => status(o).conditions ?? [];
/**
 * describe.go getPodStatusForController: the pods the object controls (controller reference
 * uid), counted by phase: Running, Pending (as Waiting), Succeeded, Failed.
 */
export function podStatusLine(o, pods) {
    const n = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
    for (const p of pods) {
        if (!p.metadata.ownerReferences?.some((r) => r.controller && r.uid === o.metadata.uid))
            continue;
        if (p.status.phase in n)
            n[p.status.phase]++;
    }
    return `${n.Running} Running / ${n.Pending} Waiting / ${n.Succeeded} Succeeded / ${n.Failed} Failed`;
}
