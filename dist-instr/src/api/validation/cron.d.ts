export declare const CRON_DESCRIPTORS: readonly ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"];
/** The robfig/cron error for a schedule, or undefined when ParseStandard accepts it. */
export declare function cronScheduleError(schedule: string): string | undefined;
/** Whether kubesim's scheduler (cron-parser) can run a schedule Kubernetes accepts. */
export declare const simulatable: (s: string) => boolean;
/**
 * batch/validation validateTimeZone: an IANA zone name (Go's time.LoadLocation, which is
 * case-sensitive); "Local" is refused. Returns the error detail or undefined.
 */
export declare const timeZoneError: (s: string) => string | undefined;
