import type { NodeInfo } from './types.js';
import { type Status } from './status.js';
/**
 * The nodes one attempt rejected and the status each got, in the order the filters met them:
 * two arrays reused by every attempt (attempts never nest), instead of a Map from node name to
 * status built per attempt.
 *
 * Why: a GPU task in the ATC'23 experiment is rejected by most of 1,213 nodes, 10,000 times per
 * run, and the Map's inserts (hashing each node name) were the largest self time of the
 * experiment's profile, for a Map that only a failed attempt with a PostFilter reads (the
 * FailedScheduling message needs only how many nodes gave each reason).
 */
export declare class Rejections {
    #private;
    /** Starts a new attempt; returns its number. */
    begin(): number;
    add(node: NodeInfo, status: Status): void;
    get count(): number;
    /** The attempt's statuses by node name (kube-scheduler's NodeToStatusMap), for PostFilter and callers. */
    toMap(attempt: number): Map<string, Status>;
    /**
     * Adds the plugin of every rejection to `rejectors`, in the order of the rejections (a run of
     * one shared status adds once): the plugins that may make the pod schedulable again.
     */
    pluginsInto(rejectors: Set<string>): void;
    /**
     * Each distinct status with how many nodes gave it: runs of one status (frozen verdicts are
     * shared values) are counted without a lookup.
     */
    counted(): [readonly string[], number][];
}
