import type { Millis, ObjectKey, Uid } from '../api/ids.js';
type C = {
    at: Millis;
    pod: ObjectKey;
    uid: Uid;
    container: string;
};
/** kubelet "Pulling": an image pull for the container began on the node. */
export type ImagePulling = Readonly<C & {
    type: 'ImagePulling';
    image: string;
}>;
/**
 * kubelet "Pulled": the image pull finished on the node, or (`present`) the image was already
 * in the node's cache and the pull policy allowed using it.
 */
export type ImagePulled = Readonly<C & {
    type: 'ImagePulled';
    image: string;
    durationMs: number;
    present?: boolean;
}>;
/**
 * The container is waiting for a reason other than backoff (ErrImagePull, CreateContainerConfigError,
 * ContainerCreating, PodInitializing).
 */
export type ContainerWaiting = Readonly<C & {
    type: 'ContainerWaiting';
    reason: string;
    message?: string;
}>;
/** A new instance of the container exists; `restartCount` counts the instances before it. */
export type ContainerCreated = Readonly<C & {
    type: 'ContainerCreated';
    containerID: string;
    restartCount: number;
}>;
/** The entrypoint is running (and postStart, if any, completed). */
export type ContainerStarted = Readonly<C & {
    type: 'ContainerStarted';
    containerID: string;
}>;
/** The container terminated. reason: Completed, Error, OOMKilled, ... as the kubelet reports it. */
export type ContainerExited = Readonly<C & {
    type: 'ContainerExited';
    exitCode: number;
    reason: string;
    message?: string;
    signal?: number;
    /**
     * The kubelet restarts it (at once or after back-off): the status shows it waiting with this
     * termination as lastState, as the kubelet's sync that kills and restarts it in one go reports it.
     */
    restarting?: boolean;
}>;
/** The kernel OOM killer ended the container: memory use passed limits.memory (exit code 137). */
export type OOMKilled = Readonly<C & {
    type: 'OOMKilled';
    memoryBytes: number;
    limitBytes: number;
}>;
/** kubelet "BackOff": restart delayed by crash-loop back-off; the container waits in CrashLoopBackOff. */
export type BackOff = Readonly<C & {
    type: 'BackOff';
    delayMs: number;
}>;
/** kubelet "Killing": the kubelet is stopping the container (probe failure, deletion, postStart failure). */
export type Killing = Readonly<C & {
    type: 'Killing';
    reason: string;
    message: string;
    gracePeriodSeconds: number;
}>;
/** A lifecycle hook failed (FailedPostStartHook / FailedPreStopHook). */
export type HookFailed = Readonly<C & {
    type: 'HookFailed';
    hook: 'postStart' | 'preStop';
    message: string;
}>;
export type ContainerEvent = ImagePulling | ImagePulled | ContainerWaiting | ContainerCreated | ContainerStarted | ContainerExited | OOMKilled | BackOff | Killing | HookFailed;
export declare const CONTAINER_EVENT_TYPES: {
    ImagePulling: true;
    ImagePulled: true;
    ContainerWaiting: true;
    ContainerCreated: true;
    ContainerStarted: true;
    ContainerExited: true;
    OOMKilled: true;
    BackOff: true;
    Killing: true;
    HookFailed: true;
};
export {};
