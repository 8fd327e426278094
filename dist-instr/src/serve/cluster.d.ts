import type { KubeObject } from '../api/types.js';
import type { ClusterEvent } from '../events/index.js';
import type { ClusterState } from '../reducers/state.js';
import type { TimelineAction } from '../scenario/types.js';
import type { Driver } from './drivers.js';
export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED';
/** One change of one object, as every watcher of its resource sees it. */
export interface Change {
    readonly type: WatchType;
    readonly store: string;
    readonly key: string;
    /** The object after the change (before it, for DELETED). */
    readonly object: KubeObject;
    readonly rv: number;
    /** The serialised watch line per served form, filled by the first watcher that needs it. */
    lines?: Map<string, WatchLine>;
}
/** One encoded watch event: JSON text (joined with its neighbours, encoded once per flush) or bytes. */
export type WatchLine = string | Buffer;
/** A stored object as lists read it: with its key and resourceVersion. */
export interface Listed {
    readonly o: KubeObject;
    readonly key: string;
    readonly rv: number;
}
/**
 * The cluster kubesim serves: the driver's state at virtual time `now`, each object's
 * resourceVersion (the seq of the last fact that changed it), Event objects made from the
 * facts, and the stream of changes watches read. Invariant: every fact due at or before `now`
 * has happened, and nothing after it.
 */
export declare class ServedCluster {
    #private;
    readonly driver: Driver;
    /** Every accepted write at its instant: what --record appends to the scenario's timeline. */
    readonly writes: {
        at: number;
        action: TimelineAction;
    }[];
    /** `driver` must hand its batches to onBatch (the server wires its BatchSink to it). */
    constructor(driver: Driver);
    get now(): number;
    get resourceVersion(): number;
    get state(): ClusterState;
    /** The oldest resourceVersion a watch may start from (older: 410 Gone). */
    get oldestRv(): number;
    /** An object's resourceVersion; an Event's is that of the batch that last updated it. */
    rvOf(store: string, key: string): number;
    get(store: string, key: string): KubeObject | undefined;
    events(): KubeObject[];
    /**
     * A store's objects sorted by key (namespace/name) with their resourceVersions: made once
     * per change of the store, so repeated lists of an unchanged store cost no sort.
     */
    sorted(store: string): readonly Listed[];
    /** Moves the clock to `t` (never back), applying every fact due until then. */
    advanceTo(t: number): void;
    /**
     * An accepted write: it happens 1 ms after the current instant (everything at `now` has
     * happened already), as timeline actions (several for a deletecollection), and the clock
     * moves there so the answer shows it.
     */
    write(...actions: TimelineAction[]): readonly ClusterEvent[];
    subscribe(fn: (c: Change) => void): () => void;
    /** Changes after resourceVersion `rv`, oldest first; undefined when they are no longer kept. */
    since(rv: number): readonly Change[] | undefined;
    /** Called by the driver for each applied batch: finds what changed and tells the watchers. */
    onBatch(events: readonly ClusterEvent[], state: ClusterState, lastSeq: number): void;
}
