import type { CaseReducers } from './caseReducer.js';

export const scenarioReducers = {
  SimulationStarted(s, e) {
    s.scenario = e.scenario;
    s.seed = e.seed;
    s.startTime = e.startTime;
  },
} satisfies CaseReducers;

/** Events that change nothing in state: they exist for the reader of the log. */
export const LOG_ONLY = ['SimulationStopped', 'Warning', 'ControllerEvent', 'Killing', 'HookFailed', 'ImagePulling',
  'SchedulingAttemptExplained'] as const;
