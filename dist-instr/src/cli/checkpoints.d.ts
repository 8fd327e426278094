import type { Millis } from '../api/ids.js';
import type { LogHeader } from '../engine/log.js';
import type { ClusterEvent } from '../events/index.js';
import type { ClusterState } from '../reducers/state.js';
/** The checkpoints file of a log (run --checkpoint-every writes it next to the log). */
export declare const checkpointsFile: (log: string) => string;
/** Removes a checkpoints file left by an earlier run writing the same log (it would name another log). */
export declare function removeStaleCheckpoints(log: string): void;
export interface StateFromCheckpoint {
    readonly state: ClusterState;
    readonly header: LogHeader;
    /** Facts in the log, and the hash its last line records (`kubesim verify` checks both). */
    readonly events: number;
    readonly hash: string;
    /** The checkpoint's seq and time, and the facts replayed after it. */
    readonly from: {
        readonly seq: number;
        readonly at: Millis;
        readonly replayed: number;
    };
    /** The time of the log's last fact. */
    readonly end: Millis;
}
/**
 * The state of a log at `at`, from its nearest checkpoint at or before `at` and the facts after it
 * (engine/checkpoint.ts); undefined when the log has no checkpoints file or none before `at`.
 */
export declare function stateFromCheckpoint(log: string, at: Millis, key?: Uint8Array): StateFromCheckpoint | undefined;
/**
 * `kubesim verify` of a log's checkpoints: each names the log's hash at its seq, sits between two
 * instants, has an unbroken chain, and holds exactly the state the facts before it replay to.
 * Returns how many were checked (0 without a checkpoints file).
 */
export declare function verifyCheckpoints(log: string, events: readonly ClusterEvent[], hashes: readonly string[], key?: Uint8Array): number;
