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
  const every = /^@every\s+(\S+)$/.exec(schedule.trim());
  if (every) {
    const d = goDurationMs(every[1]);
    parsed = d === undefined ? { error: `failed to parse duration ${schedule}` } : everySchedule(d);
    SCHEDULES.set(cacheKey, parsed);
    return parsed;
  }
  try {
    const expr = CronExpressionParser.parse(schedule, { currentDate: 0, tz });
    // One parsed expression per (schedule, zone), moved with reset(): parsing costs far more than stepping.
    const step = (t: number): number => {
      expr.reset(new CronDate(t, tz));
      return expr.next().getTime();
    };
    const fields = schedule.trim().split(/\s+/);
    if (tz === 'UTC' && fields.length === 5 && fields[2] === '*' && fields[3] === '*' && fields[4] === '*') {
      parsed = dailySchedule(step);
    } else {
      // Syncs ask for the same times again and again (the last schedule time): remember recent answers.
      const memo = new Map<number, number>();
      parsed = {
        next: (t) => {
          const hit = memo.get(t);
          if (hit !== undefined) return hit;
          const n = step(t);
          if (memo.size >= 256) memo.clear();
          memo.set(t, n);
          return n;
        },
      };
    }
  } catch (e) {
    parsed = { error: (e as Error).message };
  }
  SCHEDULES.set(cacheKey, parsed);
  return parsed;
}

const DAY_MS = 86_400_000;

/**
 * A schedule whose day-of-month, month and day-of-week fields are all `*`, in UTC (no daylight
 * saving), fires at the same times of day every day: its times in one day, stepped once with the
 * parser (`step`: the first time after t), answer every next() by a binary search. A parser step
 * costs tens of microseconds and a day of CronJob syncs asks tens of thousands (cronJob.test.ts
 * holds the two equal).
 */
function dailySchedule(step: (t: number) => number): Schedule {
  const times: number[] = [];
  for (let t = step(-1); t < DAY_MS; t = step(t)) times.push(t);
  return {
    next: (t) => {
      const day = Math.floor(t / DAY_MS), of = t - day * DAY_MS;
      let lo = 0, hi = times.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (times[mid] > of) hi = mid; else lo = mid + 1; }
      return lo < times.length ? day * DAY_MS + times[lo] : (day + 1) * DAY_MS + times[0];
    },
  };
}

/**
 * robfig/cron constantdelay.go: `@every d` is Every(d), the delay at least 1 s and rounded down
 * to whole seconds; Next(t) = t + delay - t's sub-second part. The zone does not matter.
 */
function everySchedule(delayMs: number): Schedule {
  const delay = Math.max(1000, delayMs - (delayMs % 1000));
  return { next: (t) => t - (((t % 1000) + 1000) % 1000) + delay };
}

const GO_UNITS: Readonly<Record<string, number>> = {
  ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000,
};
/** time.ParseDuration, in ms (a sign, then numbers with units: 1h30m, 1.5s, 500ms); undefined when invalid. */
export function goDurationMs(s: string): number | undefined {
  const m = /^([+-]?)((?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+)$/.exec(s);
  if (!m) return undefined;
  let total = 0;
  for (const [, n, u] of m[2].matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(n) * GO_UNITS[u];
  return m[1] === '-' ? -total : total;
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
  // utils.go mostRecentScheduleTime counts the missed runs "by a rough approximation": how many
  // intervals t2 - t1 (whole seconds, rounded) fit between t1 and now (whole seconds, truncated), plus one.
  const t2 = s.next(t);
  const interval = Math.round((t2 - t) / 1000);
  const missed = t2 > now ? 1 : Math.floor(Math.trunc((now - t) / 1000) / Math.max(interval, 1)) + 1;
  let counted = 0, last = t;
  while (t <= now && counted <= TOO_MANY_MISSED_TIMES) { counted++; last = t; t = s.next(t); }
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

/**
 * cronjob_controllerv2.go nextScheduleDelta: the controller requeues 100 ms after the next schedule
 * time ("a 100ms padding ... to account for Network Time Protocol (NTP) time skews").
 */
export const NEXT_SCHEDULE_DELTA_MS = 100;

/**
 * RFC 3339 of an epoch-ms instant in an IANA zone, as Go's `t.In(loc).Format(time.RFC3339)`:
 * `2026-01-01T09:00:00+09:00`, or `...Z` in UTC (utils.go getJobFromTemplate2 writes the
 * scheduled-timestamp annotation this way, in spec.timeZone).
 */
export function rfc3339InZone(epochMs: number, timeZone: string | undefined): string {
  const utc = new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (!timeZone || timeZone === 'UTC' || timeZone === 'Etc/UTC') return utc;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const f = (t: string): string => parts.find((x) => x.type === t)!.value;
  const local = `${f('year')}-${f('month')}-${f('day')}T${f('hour')}:${f('minute')}:${f('second')}`;
  const offsetMin = Math.round((Date.parse(`${local}Z`) - (epochMs - (epochMs % 1000))) / 60_000);
  if (offsetMin === 0) return `${local}Z`;
  const sign = offsetMin < 0 ? '-' : '+', a = Math.abs(offsetMin);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** Job name for a scheduled time: `<cronjob>-<unix minutes>` (utils.go, getJobName / getTimeHashInMinutes). */
export const getJobName = (cronJobName: string, scheduledTime: number): string =>
  `${cronJobName}-${Math.floor(scheduledTime / 60_000)}`;
