import { CronDate, CronExpressionParser } from 'cron-parser';
/**
 * pkg/controller/cronjob/utils.go: more than 100 missed start times since the last schedule
 * (or since startingDeadlineSeconds ago) is reported as TooManyMissedTimes.
 */
export const TOO_MANY_MISSED_TIMES = 100;
/**
 * Parses `spec.schedule` (standard 5-field cron, @hourly/@daily/... macros) in `spec.timeZone`
 * (IANA name; UTC when unset: kubesim's controller manager runs in UTC). Returns an error
 * message instead of throwing.
 */
export function parseSchedule(schedule, timeZone) {
    const tz = timeZone ?? 'UTC';
    const cacheKey = `${tz}\n${schedule}`;
    const cached = SCHEDULES.get(cacheKey);
    if (cached)
        return cached;
    let parsed;
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
        // Syncs ask for the same times again and again (the last schedule time): remember recent answers.
        const memo = new Map();
        parsed = {
            next: (t) => {
                const hit = memo.get(t);
                if (hit !== undefined)
                    return hit;
                expr.reset(new CronDate(t, tz));
                const n = expr.next().getTime();
                if (memo.size >= 256)
                    memo.clear();
                memo.set(t, n);
                return n;
            },
        };
    }
    catch (e) {
        parsed = { error: e.message };
    }
    SCHEDULES.set(cacheKey, parsed);
    return parsed;
}
/**
 * robfig/cron constantdelay.go: `@every d` is Every(d), the delay at least 1 s and rounded down
 * to whole seconds; Next(t) = t + delay - t's sub-second part. The zone does not matter.
 */
function everySchedule(delayMs) {
    const delay = Math.max(1000, delayMs - (delayMs % 1000));
    return { next: (t) => t - (((t % 1000) + 1000) % 1000) + delay };
}
const GO_UNITS = {
    ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000,
};
/** time.ParseDuration, in ms (a sign, then numbers with units: 1h30m, 1.5s, 500ms); undefined when invalid. */
export function goDurationMs(s) {
    const m = /^([+-]?)((?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+)$/.exec(s);
    if (!m)
        return undefined;
    let total = 0;
    for (const [, n, u] of m[2].matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g))
        total += Number(n) * GO_UNITS[u];
    return m[1] === '-' ? -total : total;
}
/** Parsed schedules by zone and text: a pure cache (a schedule's times depend on nothing else). */
const SCHEDULES = new Map();
/**
 * The most recent schedule time in (earliest, now], and how many there were
 * (utils.go, mostRecentScheduleTime). Counting stops past TOO_MANY_MISSED_TIMES + 1; the most
 * recent time is then found by stepping from a recent point, so a long gap costs little.
 * `next` is the first schedule time after `now` (when earliest <= now).
 */
export function mostRecentScheduleTime(s, earliest, now) {
    let t = s.next(earliest);
    if (t > now)
        return { missed: 0, next: t };
    // utils.go mostRecentScheduleTime counts the missed runs "by a rough approximation": how many
    // intervals t2 - t1 (whole seconds, rounded) fit between t1 and now (whole seconds, truncated), plus one.
    const t2 = s.next(t);
    const interval = Math.round((t2 - t) / 1000);
    const missed = t2 > now ? 1 : Math.floor(Math.trunc((now - t) / 1000) / Math.max(interval, 1)) + 1;
    let counted = 0, last = t;
    while (t <= now && counted <= TOO_MANY_MISSED_TIMES) {
        counted++;
        last = t;
        t = s.next(t);
    }
    if (t <= now) {
        // Too many to count one by one: search the most recent from an hour back, widening as needed.
        for (let back = 3_600_000;; back *= 4) {
            let u = s.next(Math.max(earliest, now - back)), lastU;
            while (u <= now) {
                lastU = u;
                u = s.next(u);
            }
            if (lastU !== undefined) {
                last = lastU;
                t = u;
                break;
            }
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
export function rfc3339InZone(epochMs, timeZone) {
    const utc = new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (!timeZone || timeZone === 'UTC' || timeZone === 'Etc/UTC')
        return utc;
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit',
    }).formatToParts(new Date(epochMs));
    const f = (t) => parts.find((x) => x.type === t).value;
    const local = `${f('year')}-${f('month')}-${f('day')}T${f('hour')}:${f('minute')}:${f('second')}`;
    const offsetMin = Math.round((Date.parse(`${local}Z`) - (epochMs - (epochMs % 1000))) / 60_000);
    if (offsetMin === 0)
        return `${local}Z`;
    const sign = offsetMin < 0 ? '-' : '+', a = Math.abs(offsetMin);
    return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
/** Job name for a scheduled time: `<cronjob>-<unix minutes>` (utils.go, getJobName / getTimeHashInMinutes). */
export const getJobName = (cronJobName, scheduledTime) => `${cronJobName}-${Math.floor(scheduledTime / 60_000)}`;
