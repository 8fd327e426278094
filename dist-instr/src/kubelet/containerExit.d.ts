import type { Outbox } from '../decider/outbox.js';
import type { ClusterState } from '../reducers/state.js';
import type { PodWorker } from './podWorker.js';
import type { ContainerRuntime, PodRuntime } from './runtime.js';
/** killContainer: Killing, preStop, TERM, wait, KILL (termination.ts). */
export declare function kill(w: PodWorker, p: PodRuntime, c: ContainerRuntime, graceMs: number, message: string, by: 'probe' | 'stop', state: ClusterState, out: Outbox, preStop?: boolean): void;
/** The postStart hook failed: HookFailed, then the container is killed without its preStop hook. */
export declare function postStartFailed(w: PodWorker, p: PodRuntime, c: ContainerRuntime, state: ClusterState, out: Outbox): void;
/** A killed container is gone. */
export declare function stopped(w: PodWorker, p: PodRuntime, c: ContainerRuntime, code: number, state: ClusterState, out: Outbox): void;
/** The container's process exited on its own. */
export declare function exited(w: PodWorker, p: PodRuntime, c: ContainerRuntime, code: number, state: ClusterState, out: Outbox): void;
/** The container's memory use passed its limit: the OOM killer ends it with 137. */
export declare function oom(w: PodWorker, p: PodRuntime, c: ContainerRuntime, bytes: number, state: ClusterState, out: Outbox): void;
/** A crash injected by the timeline (fault crash / oom). */
export declare function crash(w: PodWorker, p: PodRuntime, c: ContainerRuntime, kind: 'crash' | 'oom', exitCode: number, state: ClusterState, out: Outbox): void;
/** Restart policy (pkg/kubelet/container/helpers.go ShouldContainerBeRestarted), then back-off. */
export declare function afterExit(w: PodWorker, p: PodRuntime, c: ContainerRuntime, code: number, byProbe: boolean, state: ClusterState, out: Outbox): void;
