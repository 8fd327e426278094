import type { KubeObject } from '../api/types.js';
import { type ClusterState } from './state.js';
import { type Table } from './table.js';
type Tables = Record<string, Table<unknown>>;
/**
 * The table in `holder[name]`, writable for this batch: begun on its first write, so a batch
 * that touches no object pays nothing (the pod tables are begun for every batch instead).
 */
export declare function writable<V>(holder: Tables, name: string): Table<V>;
/** Seals the tables this batch wrote (evolveAll calls it before the produce ends). */
export declare function sealObjectTables(): void;
export declare const workloadReducers: {
    ObjectApplied(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "ObjectApplied";
        at: import("../index.js").Millis;
        resource: string;
        key: import("../index.js").ObjectKey;
        object: KubeObject;
    }>): void;
    ObjectStatusUpdated(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "ObjectStatusUpdated";
        at: import("../index.js").Millis;
        resource: string;
        key: import("../index.js").ObjectKey;
        status: unknown;
    }>): void;
    ObjectTerminating(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "ObjectTerminating";
        at: import("../index.js").Millis;
        resource: string;
        key: import("../index.js").ObjectKey;
        propagationPolicy: string;
    }>): void;
    ObjectDeleted(s: import("immer").WritableNonArrayDraft<ClusterState>, e: Readonly<{
        type: "ObjectDeleted";
        at: import("../index.js").Millis;
        resource: string;
        key: import("../index.js").ObjectKey;
        uid?: import("../index.js").Uid;
    }>): void;
};
export {};
