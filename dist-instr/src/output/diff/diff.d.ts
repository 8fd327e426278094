import type { ClusterEvent } from '../../events/index.js';
import type { ClusterState } from '../../reducers/state.js';
/** Where two logs part: the index of the first fact that differs (or that one log lacks). */
export interface Divergence {
    readonly index: number;
    readonly a?: ClusterEvent;
    readonly b?: ClusterEvent;
}
export declare function firstDivergence(a: readonly ClusterEvent[], b: readonly ClusterEvent[]): Divergence | undefined;
/** One difference of a field between the two states: its path and both values (undefined: absent). */
export interface FieldChange {
    readonly path: string;
    readonly a: unknown;
    readonly b: unknown;
}
export interface ObjectDiff {
    readonly object: string;
    readonly only?: 'a' | 'b';
    readonly fields: FieldChange[];
}
/** Field paths that differ, `spec.containers[0].image` style; uids are left out (they differ by construction). */
export declare function fieldChanges(a: unknown, b: unknown, path?: string): FieldChange[];
/** The objects that differ between two states, as kind namespace/name with their field changes. */
export declare function stateDiff(sa: ClusterState, fa: readonly ClusterEvent[], sb: ClusterState, fb: readonly ClusterEvent[]): ObjectDiff[];
/** The text `kubesim diff` prints. */
export declare function diffText(names: {
    a: string;
    b: string;
}, d: Divergence | undefined, objects: readonly ObjectDiff[], at: number): string;
