import type { Rng } from '../clock/rng.js';
import type { Outbox, Timer } from '../decider/outbox.js';
import type { Component, ComponentContext } from '../decider/component.js';
import type { ClusterEvent } from '../events/index.js';
import type { Millis } from '../api/ids.js';
import { type ClusterState } from '../reducers/state.js';
import type { Scenario, TimelineAction } from '../scenario/types.js';
import { PodWorkers } from './syncPod.js';
type KubeletWorkDue = Timer & {
    readonly kind: 'KubeletWorkDue';
    readonly at: Millis;
};
/**
 * Every node's kubelet, as one component: the pod workers (syncPod.ts) driven by guarded work
 * items, batched per instant (workQueue.ts) so that all kubelet work due at one virtual time is
 * one timer and one immer produce. Each pod's decisions depend only on its own pod and node.
 * A lost node's kubelet neither acts nor reports: its work is dropped and rebuilt on recovery.
 */
export declare class Kubelet implements Component<KubeletWorkDue> {
    #private;
    private readonly scenario;
    private readonly rng;
    readonly name = "kubelet";
    readonly timerKinds: readonly ["KubeletWorkDue"];
    readonly workers: PodWorkers;
    constructor(scenario: Scenario, rng: Rng);
    start(state: ClusterState, out: Outbox): void;
    observe(events: readonly ClusterEvent[], state: ClusterState, out: Outbox): void;
    act(a: TimelineAction, state: ClusterState, out: Outbox): boolean;
    fire(timer: KubeletWorkDue, state: ClusterState, out: Outbox): void;
}
export declare const kubelet: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => Kubelet;
};
export {};
