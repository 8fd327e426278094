import type { Container } from '../api/types.js';
import type { BehaviorSpec, ProbeBehavior } from '../api/behavior.js';
import type { Millis } from '../api/ids.js';
import { type ContainerFault } from '../scenario/types.js';
import { type PullDecision } from './imagePull.js';
import type { ContainerRuntime } from './runtime.js';
/** The exit code of a container the runtime kills (SIGKILL, 128 + 9), as chaos tools' container-kill does. */
export declare const KILLED_EXIT_CODE = 137;
/**
 * Marks the container for a restart-borne fault; the caller then kills it so that the restart
 * meets the fault. imagePullFail: the pod's image cannot be pulled until the outage ends, so the
 * restart pulls (kubesim does not model the cached copy surviving) and fails with ErrImagePull,
 * then ImagePullBackOff with the kubelet's image back-off. slowStart: from now on the
 * application takes `durationMs` to come up after each start of this container: every probe
 * fails until then (a liveness probe without a startupProbe may kill it again and again).
 */
export declare function markContainerFault(c: ContainerRuntime, f: ContainerFault, now: Millis): void;
/** decidePull, with an imagePullFail outage under way: the image is pulled (not present) and the pull fails. */
export declare function decidePullUnderFaults(c: ContainerRuntime, spec: Container, cached: boolean, b: BehaviorSpec, now: Millis): PullDecision;
/**
 * A probe's behaviour with a slowStart fault: it fails until the slow start's end, then as before
 * (a pass window the behaviour had before that end is lost; one that ends there is gone).
 */
export declare function slowed(b: ProbeBehavior | undefined, slowStartMs: number | undefined): ProbeBehavior | undefined;
