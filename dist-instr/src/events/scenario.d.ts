import type { Millis } from '../api/ids.js';
/** First fact of every log: what was simulated, from which seed. */
export type SimulationStarted = Readonly<{
    type: 'SimulationStarted';
    at: Millis;
    scenario: string;
    seed: number;
    /** Virtual time 0 as wall-calendar time (ms since the Unix epoch): CronJobs and timestamps use it. */
    startTime: number;
}>;
/** Last fact of every complete log: the run reached `until`. Replay refuses a log without it. */
export type SimulationStopped = Readonly<{
    type: 'SimulationStopped';
    at: Millis;
}>;
/** A scenario problem noticed while running (an unsupported field, an action on a missing object). */
export type Warning = Readonly<{
    type: 'Warning';
    at: Millis;
    object?: string;
    message: string;
}>;
export type ScenarioEvent = SimulationStarted | SimulationStopped | Warning;
export declare const SCENARIO_EVENT_TYPES: {
    SimulationStarted: true;
    SimulationStopped: true;
    Warning: true;
};
