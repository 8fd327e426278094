import type { Millis } from '../api/ids.js';
/**
 * Priority classes for things that happen at the same virtual instant. Lower runs first.
 * Ties inside a class break by insertion order (seq), never by object identity.
 */
export declare const Priority: {
    /** Timeline faults and user actions: they happen "from outside" before the cluster reacts. */
    readonly Fault: 0;
    /** Kubelet and node-level timers (container exits, probe results, grace periods). */
    readonly Normal: 1;
    /** Controller syncs: run after the facts of the instant they react to. */
    readonly Controller: 2;
    /** Scheduling passes: see every pod created at this instant, as one batch. */
    readonly Scheduler: 3;
    /** The `until` sentinel: stops the run after everything due at that instant. */
    readonly Stop: 4;
};
export type Priority = (typeof Priority)[keyof typeof Priority];
/**
 * A binary min-heap ordered by (at, priority, seq), with keys in typed arrays: the hot path of
 * the simulation. Items live in a parallel array; slots are swapped with their keys.
 */
export declare class EventQueue<T> {
    #private;
    constructor(initialCapacity?: number);
    get size(): number;
    push(at: Millis, item: T, priority?: Priority): void;
    /** Time of the next item, Infinity when empty (SimPy's peek). */
    peekTime(): number;
    /** Priority class of the next item (undefined when empty). */
    peekPriority(): Priority | undefined;
    /** The next item without removing it. */
    peekItem(): T | undefined;
    /** Priority class of the item the last pop() returned. */
    get lastPriority(): Priority;
    pop(): {
        at: Millis;
        item: T;
    } | undefined;
}
