import type { Millis, ObjectKey, Uid } from '../api/ids.js';
export type ProbeKind = 'liveness' | 'readiness' | 'startup';
type P = {
    at: Millis;
    pod: ObjectKey;
    uid: Uid;
    container: string;
    probe: ProbeKind;
};
/**
 * The probe's result turned to Failure: failureThreshold consecutive failures were seen. Only
 * result changes are facts; a probe that keeps its result logs nothing (docs/architecture.md).
 */
export type ProbeFailed = Readonly<P & {
    type: 'ProbeFailed';
    message: string;
}>;
/** The probe's result turned to Success after successThreshold consecutive successes. */
export type ProbeSucceeded = Readonly<P & {
    type: 'ProbeSucceeded';
}>;
export type ProbeEvent = ProbeFailed | ProbeSucceeded;
export declare const PROBE_EVENT_TYPES: {
    ProbeFailed: true;
    ProbeSucceeded: true;
};
export {};
