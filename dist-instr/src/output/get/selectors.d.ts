import type { LabelSelector } from '../../api/types.js';
/** A parse error, worded as kubectl/apimachinery word it. */
export declare class SelectorError extends Error {
    readonly name = "SelectorError";
}
/**
 * apimachinery labels.Parse for `-l`: `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`,
 * `!k`, comma-separated (all must hold). `k!=v` also matches objects without the label, as in
 * Kubernetes. Returned as a metav1.LabelSelector so one matcher serves both.
 */
export declare function parseLabelSelector(text: string): LabelSelector;
export interface FieldRequirement {
    readonly field: string;
    readonly equal: boolean;
    readonly value: string;
}
/** apimachinery fields.ParseSelector: `f=v`, `f==v`, `f!=v`, comma-separated; empty terms are skipped. */
export declare function parseFieldSelector(text: string): FieldRequirement[];
type Obj = Record<string, unknown>;
/** A matcher for a parsed field selector on `resource`, or an error naming the unsupported field. */
export declare function fieldMatcher(resource: string, reqs: readonly FieldRequirement[]): (o: Obj) => boolean;
export {};
