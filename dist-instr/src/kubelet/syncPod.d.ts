import type { Pod } from '../api/types.js';
import type { Outbox } from '../decider/outbox.js';
import type { Millis } from '../api/ids.js';
import type { ProbeKind } from '../events/probe.js';
import type { ClusterState } from '../reducers/state.js';
import type { KubeletContext, PodWorker } from './podWorker.js';
import type { ContainerRuntime, PodRuntime, Work } from './runtime.js';
/**
 * The pod workers: one state machine per pod on a live node, advanced by guarded work items
 * (runtime.ts Work). Each step reads only the pod's own runtime memory and emits facts; the
 * order of steps at one instant is the order the work was scheduled. The stages live one per
 * file (containerStart, probeWorker, containerExit, podTermination) and reach each other
 * through this class (podWorker.ts PodWorker), so no stage file imports another's callers.
 */
export declare class PodWorkers implements PodWorker {
    readonly ctx: KubeletContext;
    readonly pods: Map<string, PodRuntime>;
    constructor(ctx: KubeletContext);
    /** The kubelet learned of a pod bound to its node. */
    admit(pod: Pod, out: Outbox): PodRuntime;
    schedulePod(p: PodRuntime, at: Millis, w: Omit<Work, 'uid' | 'gen'>): void;
    scheduleContainer(p: PodRuntime, c: ContainerRuntime, at: Millis, w: Omit<Work, 'uid' | 'gen' | 'c' | 'inst'>): void;
    /** Runs one due work item; stale items are dropped here. */
    run(w: Work, state: ClusterState, out: Outbox): void;
    /** syncPod: bring the pod towards its spec (kubelet.go SyncPod / kuberuntime SyncPod). */
    sync(p: PodRuntime, state: ClusterState, out: Outbox): void;
    /** Starts what may start now: init containers one at a time, sidecars until started, then the app containers. */
    advance(p: PodRuntime, state: ClusterState, out: Outbox): void;
    startContainer(p: PodRuntime, c: ContainerRuntime, state: ClusterState, out: Outbox): void;
    scheduleProbe(p: PodRuntime, c: ContainerRuntime, kind: ProbeKind, out: Outbox): void;
    kill(p: PodRuntime, c: ContainerRuntime, graceMs: number, message: string, by: 'probe' | 'stop', state: ClusterState, out: Outbox, preStop?: boolean): void;
    stopped(p: PodRuntime, c: ContainerRuntime, code: number, state: ClusterState, out: Outbox): void;
    afterExit(p: PodRuntime, c: ContainerRuntime, code: number, byProbe: boolean, state: ClusterState, out: Outbox): void;
    checkStopped(p: PodRuntime, state: ClusterState, out: Outbox): void;
    terminate(p: PodRuntime, graceMs: number, deleteWhenStopped: boolean, state: ClusterState, out: Outbox): void;
    /** A crash injected by the timeline (fault crash / oom). */
    crash(p: PodRuntime, c: ContainerRuntime, kind: 'crash' | 'oom', exitCode: number, state: ClusterState, out: Outbox): void;
    /** A probeFail fault: the probe fails from now until the container restarts. */
    failProbe(p: PodRuntime, c: ContainerRuntime, kind: ProbeKind, out: Outbox): void;
    /** The node came back (NodeRecovered): podTermination.ts recover. */
    recover(p: PodRuntime, state: ClusterState, out: Outbox): void;
}
