import type { KubeObject, Pod } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import type { ClusterState } from '../../reducers/state.js';
import type { Violation } from '../types.js';
import type { Monitor } from './monitor.js';
/**
 * What happened to nodes and pods so far, for plain-words messages ("node-1 lost at 2m10s").
 * Monitors feed it every batch.
 */
export declare class Happenings {
    readonly nodeLostAt: Map<string, number>;
    /** Lost nodes whose kubelet alone stopped (chaos nodeNotReady): their containers run on. */
    readonly kubeletStopped: Set<string>;
    readonly injected: Map<string, {
        at: number;
        message: string;
    }>;
    see(batch: readonly ClusterEvent[]): void;
}
/**
 * A monitor whose messages say what happened (node losses, injected chaos): it feeds every batch
 * to its own Happenings, which `judge` reads when it judges an instant.
 */
export declare function explainingMonitor(judge: (h: Happenings, state: ClusterState, until: number) => Violation[]): Monitor;
/**
 * Why a workload's pods are not ready, in plain words: where they were and what happened there
 * ("all 3 replicas were on node-1 because of nodeSelector disk=ssd; node-1 lost at 2m10s").
 */
export declare function whyNotReady(state: ClusterState, w: KubeObject, pods: readonly Pod[], h: Happenings): string;
