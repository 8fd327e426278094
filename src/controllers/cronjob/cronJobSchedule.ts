import { CronDate, CronExpressionParser } from 'cron-parser';

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
  const tz = timeZone ?? 'UTC';
  const cacheKey = `${tz}\n${schedule}`;
  const cached = SCHEDULES.get(cacheKey);
  if (cached) return cached;
  let parsed: Schedule | { error: string };
  try {
    const expr = CronExpressionParser.parse(schedule, { currentDate: 0, tz });
    // One parsed expression per (schedule, zone), moved with reset(): parsing costs far more than stepping.
    // Syncs ask for the same times again and again (the last schedule time): remember recent answers.
    const memo = new Map<number, number>();
    parsed = {
      next: (t) => {
        const hit = memo.get(t);
        if (hit !== undefined) return hit;
        expr.reset(new CronDate(t, tz));
        const n = expr.next().getTime();
        if (memo.size >= 256) memo.clear();
        memo.set(t, n);
        return n;
      },
    };
  } catch (e) {
    parsed = { error: (e as Error).message };
  }
  SCHEDULES.set(cacheKey, parsed);
  return parsed;
}

/** Parsed schedules by zone and text: a pure cache (a schedule's times depend on nothing else). */
const SCHEDULES = new Map<string, Schedule | { error: string }>();

/**
 * The most recent schedule time in (earliest, now], and how many there were
 * (utils.go, mostRecentScheduleTime). Counting stops past TOO_MANY_MISSED_TIMES + 1; the most
 * recent time is then found by stepping from a recent point, so a long gap costs little.
 * `next` is the first schedule time after `now` (when earliest <= now).
 */
export function mostRecentScheduleTime(s: Schedule, earliest: number, now: number): { time?: number; missed: number;
  next: number } {
  let t = s.next(earliest);
  if (t > now) return { missed: 0, next: t };
  let missed = 0, last = t;
  while (t <= now && missed <= TOO_MANY_MISSED_TIMES) { missed++; last = t; t = s.next(t); }
  if (t <= now) {
    // Too many to count one by one: search the most recent from an hour back, widening as needed.
    for (let back = 3_600_000; ; back *= 4) {
      let u = s.next(Math.max(earliest, now - back)), lastU: number | undefined;
      while (u <= now) { lastU = u; u = s.next(u); }
      if (lastU !== undefined) { last = lastU; t = u; break; }
    }
  }
  return { time: last, missed, next: t };
}

/** Job name for a scheduled time: `<cronjob>-<unix minutes>` (utils.go, getJobName / getTimeHashInMinutes). */
export const getJobName = (cronJobName: string, scheduledTime: number): string =>
  `${cronJobName}-${Math.floor(scheduledTime / 60_000)}`;
