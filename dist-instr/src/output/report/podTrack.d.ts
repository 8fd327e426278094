import type { Pod } from '../../api/types.js';
/**
 * What the report keeps of every pod: its row of `get pods -o wide` at each instant it changed,
 * and its bar on its node's timeline. Columnar (one array per field) so 150,000 pods stay small.
 */
export interface PodColumns {
    readonly name: string[];
    readonly namespace: number[];
    readonly created: number[];
    /** Deletion from the API (-1: still there at the end). */
    readonly deleted: number[];
    /** Node index (-1: never bound) and when it was bound. */
    readonly node: number[];
    readonly bound: number[];
    readonly ip: string[];
}
/**
 * One change of a pod's printed row: [pod, time, status, ready, restarts, lastRestart or -1, phase, ip]. Strings are
 * indexes into `strings`.
 */
export type RowChange = [number, number, number, number, number, number, number, number];
export declare class PodTrack {
    #private;
    readonly pods: PodColumns;
    readonly changes: RowChange[];
    readonly strings: string[];
    constructor(nodeIndex: Map<string, number>);
    str(s: string): number;
    /** The pod's index, adding it on first sight. */
    indexOf(uid: string, pod: Pod): number;
    /** Records the pod's printed row when it differs from the last one recorded. */
    observe(uid: string, pod: Pod, now: number): void;
    deleted(uid: string, now: number): void;
    has(uid: string): number | undefined;
}
