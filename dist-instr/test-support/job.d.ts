/** A one-Job scenario (`pi` in `default`, two nodes) run with the Job controller and the test kubelet. */
import { type Job } from '../src/controllers/job/job.js';
import type { ClusterEvent } from '../src/events/index.js';
import type { Scenario } from '../src/scenario/types.js';
export declare const jobScenario: (jobSpec: string, extra?: string) => Scenario;
export declare const jobTemplate: (restartPolicy?: string) => string;
export declare function runJob(s: Scenario, until?: number): {
    sim: import("../src/index.js").Simulation;
    events: ClusterEvent[];
    job: Job;
    said: (reason: string) => Readonly<{
        type: "ControllerEvent";
        at: import("../src/api/ids.js").Millis;
        resource: string;
        key: import("../src/api/ids.js").ObjectKey;
        reason: string;
        message: string;
        eventType?: "Normal" | "Warning";
    }>[];
};
