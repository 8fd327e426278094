import { type Invariant } from './types.js';
/**
 * A StatefulSet's pods are named `<name>-<ordinal>` with ordinals in [0, replicas) (start 0 unless
 * spec.ordinals.start), each at most once; at the end (settled) every ordinal exists.
 */
export declare function statefulSetOrdinals(opts?: {
    settle?: number;
}): Invariant;
