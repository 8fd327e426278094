import type { Container } from '../api/types.js';
import type { Steps } from '../api/behavior.js';
import type { Outbox } from '../decider/outbox.js';
import type { ClusterState } from '../reducers/state.js';
import type { PodWorker } from './podWorker.js';
import type { ContainerRuntime, PodRuntime, Work } from './runtime.js';
/** A regular init container without a behaviour runs this long and exits 0 (kubesim's choice). */
export declare const DEFAULT_INIT_RUN_MS = 1000;
export declare const memoryLimit: (c: Container) => number | undefined;
/** First step (ms after start) at which memory use exceeds the limit. */
export declare function oomAfter(steps: Steps | undefined, limit: number | undefined): {
    at: number;
    bytes: number;
} | undefined;
/** startContainer (kuberuntime_container.go): config refs, then the image, then create. */
export declare function startContainer(w: PodWorker, p: PodRuntime, c: ContainerRuntime, state: ClusterState, out: Outbox): void;
/** A pull finished: ErrImagePull and the image back-off, or the image is cached and the container created. */
export declare function pulled(w: PodWorker, p: PodRuntime, c: ContainerRuntime, work: Work, state: ClusterState, out: Outbox): void;
/** The container runs: its exit or OOM kill is scheduled from its behaviour, and its probes start. */
export declare function running(w: PodWorker, p: PodRuntime, c: ContainerRuntime, state: ClusterState, out: Outbox): void;
