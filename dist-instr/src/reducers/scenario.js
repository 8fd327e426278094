export const scenarioReducers = {
    SimulationStarted(s, e) {
        s.scenario = e.scenario;
        s.seed = e.seed;
        s.startTime = e.startTime;
    },
};
/** Events that change nothing in state: they exist for the reader of the log. */
export const LOG_ONLY = ['SimulationStopped', 'Warning', 'ControllerEvent', 'Killing', 'HookFailed', 'ImagePulling',
    'SchedulingAttemptExplained'];
