/** Container facts move `state` / `lastState` / `restartCount` as the kubelet reports them. */
export declare const containerReducers: {
    ImagePulled(s: import("immer").WritableNonArrayDraft<import("./state.js").ClusterState>, e: Readonly<{
        at: import("../index.js").Millis;
        pod: import("../index.js").ObjectKey;
        uid: import("../index.js").Uid;
        container: string;
    } & {
        type: "ImagePulled";
        image: string;
        durationMs: number;
        present?: boolean;
    }>): void;
    ContainerWaiting(s: import("immer").WritableNonArrayDraft<import("./state.js").ClusterState>, e: Readonly<{
        at: import("../index.js").Millis;
        pod: import("../index.js").ObjectKey;
        uid: import("../index.js").Uid;
        container: string;
    } & {
        type: "ContainerWaiting";
        reason: string;
        message?: string;
    }>): void;
    ContainerCreated(s: import("immer").WritableNonArrayDraft<import("./state.js").ClusterState>, e: Readonly<{
        at: import("../index.js").Millis;
        pod: import("../index.js").ObjectKey;
        uid: import("../index.js").Uid;
        container: string;
    } & {
        type: "ContainerCreated";
        containerID: string;
        restartCount: number;
    }>): void;
    ContainerStarted(s: import("immer").WritableNonArrayDraft<import("./state.js").ClusterState>, e: Readonly<{
        at: import("../index.js").Millis;
        pod: import("../index.js").ObjectKey;
        uid: import("../index.js").Uid;
        container: string;
    } & {
        type: "ContainerStarted";
        containerID: string;
    }>): void;
    ContainerExited(s: import("immer").WritableNonArrayDraft<import("./state.js").ClusterState>, e: Readonly<{
        at: import("../index.js").Millis;
        pod: import("../index.js").ObjectKey;
        uid: import("../index.js").Uid;
        container: string;
    } & {
        type: "ContainerExited";
        exitCode: number;
        reason: string;
        message?: string;
        signal?: number;
        restarting?: boolean;
    }>): void;
    OOMKilled(s: import("immer").WritableNonArrayDraft<import("./state.js").ClusterState>, e: Readonly<{
        at: import("../index.js").Millis;
        pod: import("../index.js").ObjectKey;
        uid: import("../index.js").Uid;
        container: string;
    } & {
        type: "OOMKilled";
        memoryBytes: number;
        limitBytes: number;
    }>): void;
    BackOff(s: import("immer").WritableNonArrayDraft<import("./state.js").ClusterState>, e: Readonly<{
        at: import("../index.js").Millis;
        pod: import("../index.js").ObjectKey;
        uid: import("../index.js").Uid;
        container: string;
    } & {
        type: "BackOff";
        delayMs: number;
    }>): void;
};
/** Go's time.Duration String() for whole seconds, as in the kubelet's back-off message ("10s", "1m20s", "5m0s"). */
export declare function formatBackoff(ms: number): string;
/** The image's full repository name as the runtime reports it: docker.io/library/nginx, registry.k8s.io/pause. */
export declare function imageRepository(image: string): string;
