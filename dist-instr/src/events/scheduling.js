export const SCHEDULING_EVENT_TYPES = { SchedulingAttemptExplained: true };
