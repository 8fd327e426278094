/**
 * Per-attempt scratch space shared by a profile's plugins (kube-scheduler's CycleState), with
 * typed keys instead of string keys and type assertions. A fresh CycleState is made for each
 * scheduling attempt and never stored in ClusterState.
 *
 * Keys get a slot number when created, so a read is an array index, not a map lookup: plugins
 * read their PreScore state once per node in the hot loop.
 */
export interface StateKey<T> {
    readonly name: string;
    readonly slot: number;
    /** Phantom field: carries T for the compiler only. */
    readonly __type?: T;
}
export declare const stateKey: <T>(name: string) => StateKey<T>;
export declare class CycleState {
    #private;
    write<T>(key: StateKey<T>, value: T): void;
    /** The value a PreFilter/PreScore stored, or undefined when that stage did not run. */
    read<T>(key: StateKey<T>): T | undefined;
    has(key: StateKey<unknown>): boolean;
}
export declare const newCycleState: () => CycleState;
/**
 * PreFilterResult (framework.PreFilterResult): the node names PreFilter plugins narrowed the
 * search to, intersected across plugins, with the plugins that narrowed it.
 */
export interface PreFilterNodes {
    readonly names: ReadonlySet<string>;
    readonly plugins: readonly string[];
}
export declare const preFilterNodesKey: StateKey<PreFilterNodes>;
/** Narrows the nodes this attempt looks at (PreFilterResult.Merge: the intersection). */
export declare function restrictNodes(state: CycleState, plugin: string, names: ReadonlySet<string>): void;
/** The scheduler's random stream for this attempt (uniform integer in [0, n)), for plugins that draw. */
export declare const randomIntKey: StateKey<(n: number) => number>;
