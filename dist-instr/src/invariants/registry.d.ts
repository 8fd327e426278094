import type { Invariant } from './types.js';
export interface InvariantOptions {
    /** Convergence laws are judged this long after the last disturbance (default 2m). */
    readonly settle?: number;
}
/** The built-in catalogue, in a fixed order (reports list violations in this order). */
export declare function builtinInvariants(opts?: InvariantOptions): Invariant[];
/**
 * Named invariants: the built-ins plus the user's own. Registering a name twice throws, as
 * kube-scheduler's runtime.Registry.Register does.
 */
export declare class InvariantRegistry {
    #private;
    constructor(initial?: readonly Invariant[]);
    register(inv: Invariant): void;
    get(name: string): Invariant | undefined;
    names(): string[];
    all(): Invariant[];
    /** Looks up names, throwing one error that lists the unknown ones and the known ones. */
    select(names: readonly string[]): Invariant[];
}
