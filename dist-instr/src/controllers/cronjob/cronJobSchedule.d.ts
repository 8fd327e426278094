/**
 * pkg/controller/cronjob/utils.go: more than 100 missed start times since the last schedule
 * (or since startingDeadlineSeconds ago) is reported as TooManyMissedTimes.
 */
export declare const TOO_MANY_MISSED_TIMES = 100;
/** A parsed CronJob schedule, evaluated in wall-clock ms (epoch) in the CronJob's time zone. */
export interface Schedule {
    /** The first schedule time strictly after `t` (epoch ms). */
    next(t: number): number;
}
/**
 * Parses `spec.schedule` (standard 5-field cron, @hourly/@daily/... macros) in `spec.timeZone`
 * (IANA name; UTC when unset: kubesim's controller manager runs in UTC). Returns an error
 * message instead of throwing.
 */
export declare function parseSchedule(schedule: string, timeZone?: string): Schedule | {
    error: string;
};
/** time.ParseDuration, in ms (a sign, then numbers with units: 1h30m, 1.5s, 500ms); undefined when invalid. */
export declare function goDurationMs(s: string): number | undefined;
/**
 * The most recent schedule time in (earliest, now], and how many there were
 * (utils.go, mostRecentScheduleTime). Counting stops past TOO_MANY_MISSED_TIMES + 1; the most
 * recent time is then found by stepping from a recent point, so a long gap costs little.
 * `next` is the first schedule time after `now` (when earliest <= now).
 */
export declare function mostRecentScheduleTime(s: Schedule, earliest: number, now: number): {
    time?: number;
    missed: number;
    next: number;
};
/**
 * cronjob_controllerv2.go nextScheduleDelta: the controller requeues 100 ms after the next schedule
 * time ("a 100ms padding ... to account for Network Time Protocol (NTP) time skews").
 */
export declare const NEXT_SCHEDULE_DELTA_MS = 100;
/**
 * RFC 3339 of an epoch-ms instant in an IANA zone, as Go's `t.In(loc).Format(time.RFC3339)`:
 * `2026-01-01T09:00:00+09:00`, or `...Z` in UTC (utils.go getJobFromTemplate2 writes the
 * scheduled-timestamp annotation this way, in spec.timeZone).
 */
export declare function rfc3339InZone(epochMs: number, timeZone: string | undefined): string;
/** Job name for a scheduled time: `<cronjob>-<unix minutes>` (utils.go, getJobName / getTimeHashInMinutes). */
export declare const getJobName: (cronJobName: string, scheduledTime: number) => string;
