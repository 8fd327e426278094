import type { Probe } from '../api/types.js';
import type { Outbox } from '../decider/outbox.js';
import type { ProbeKind } from '../events/probe.js';
import type { ClusterState } from '../reducers/state.js';
import type { PodWorker } from './podWorker.js';
import type { ContainerRuntime, PodRuntime, Work } from './runtime.js';
/** The failure text of a probe, in the prober's words (pkg/probe/http, tcp, grpc; exec output is not simulated). */
export declare function probeFailureMessage(p: Probe, podIP: string): string;
/** Schedules the probe's next result change (prober/worker.go, folded into one timer per change). */
export declare function scheduleProbe(w: PodWorker, p: PodRuntime, c: ContainerRuntime, kind: ProbeKind, out: Outbox): void;
/** A probe's result changed: report it, and kill the container on a liveness or startup failure. */
export declare function probe(w: PodWorker, p: PodRuntime, c: ContainerRuntime, work: Work, state: ClusterState, out: Outbox): void;
/** A probeFail fault: the probe fails from now until the container restarts. */
export declare function failProbe(w: PodWorker, p: PodRuntime, c: ContainerRuntime, kind: ProbeKind, out: Outbox): void;
