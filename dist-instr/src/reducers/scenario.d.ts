export declare const scenarioReducers: {
    SimulationStarted(s: import("immer").WritableNonArrayDraft<import("./state.js").ClusterState>, e: Readonly<{
        type: "SimulationStarted";
        at: import("../index.js").Millis;
        scenario: string;
        seed: number;
        startTime: number;
    }>): void;
};
/** Events that change nothing in state: they exist for the reader of the log. */
export declare const LOG_ONLY: readonly ["SimulationStopped", "Warning", "ControllerEvent", "Killing", "HookFailed", "ImagePulling", "SchedulingAttemptExplained"];
