/** Probe results: startup gates `started`; readiness drives `ready`; liveness only logs (the kubelet then kills). */
export declare const probeReducers: {
    ProbeSucceeded(s: import("immer").WritableNonArrayDraft<import("./state.js").ClusterState>, e: Readonly<{
        at: import("../index.js").Millis;
        pod: import("../index.js").ObjectKey;
        uid: import("../index.js").Uid;
        container: string;
        probe: import("../index.js").ProbeKind;
    } & {
        type: "ProbeSucceeded";
    }>): void;
    ProbeFailed(s: import("immer").WritableNonArrayDraft<import("./state.js").ClusterState>, e: Readonly<{
        at: import("../index.js").Millis;
        pod: import("../index.js").ObjectKey;
        uid: import("../index.js").Uid;
        container: string;
        probe: import("../index.js").ProbeKind;
    } & {
        type: "ProbeFailed";
        message: string;
    }>): void;
};
