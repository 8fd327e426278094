import { CronExpressionParser } from 'cron-parser';

/**
 * pkg/controller/cronjob/utils.go: more than 100 missed start times since the last schedule
 * (or since startingDeadlineSeconds ago) is reported as TooManyMissedTimes.
 */
export const TOO_MANY_MISSED_TIMES = 100;

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
export function parseSchedule(schedule: string, timeZone?: string): Schedule | { error: string } {
  try {
    const tz = timeZone ?? 'UTC';
    CronExpressionParser.parse(schedule, { currentDate: 0, tz }); // validate once
    return { next: (t) => CronExpressionParser.parse(schedule, { currentDate: t, tz }).next().getTime() };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/**
 * The most recent schedule time in (earliest, now], and how many there were
 * (utils.go, mostRecentScheduleTime). Counting stops past TOO_MANY_MISSED_TIMES + 1; the most
 * recent time is then found by stepping from a recent point, so a long gap costs little.
 */
export function mostRecentScheduleTime(s: Schedule, earliest: number, now: number): { time?: number; missed: number } {
  let t = s.next(earliest);
  if (t > now) return { missed: 0 };
  let missed = 0, last = t;
  while (t <= now && missed <= TOO_MANY_MISSED_TIMES) { missed++; last = t; t = s.next(t); }
  if (t <= now) {
    // Too many to count one by one: search the most recent from an hour back, widening as needed.
    for (let back = 3_600_000; ; back *= 4) {
      let u = s.next(Math.max(earliest, now - back)), lastU: number | undefined;
      while (u <= now) { lastU = u; u = s.next(u); }
      if (lastU !== undefined) { last = lastU; break; }
    }
  }
  return { time: last, missed };
}

/** Job name for a scheduled time: `<cronjob>-<unix minutes>` (utils.go, getJobName / getTimeHashInMinutes). */
export const getJobName = (cronJobName: string, scheduledTime: number): string => `${cronJobName}-${Math.floor(scheduledTime / 60_000)}`;
