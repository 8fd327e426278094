export const PROBE_EVENT_TYPES = { ProbeFailed: true, ProbeSucceeded: true };
