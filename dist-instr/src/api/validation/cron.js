/**
 * Cron schedule checks as the API server makes them: github.com/robfig/cron/v3 ParseStandard
 * (parser.go), which pkg/apis/batch/validation validateScheduleFormat calls. Same fields, bounds,
 * names, descriptors and error texts. kubesim then runs schedules with the cron-parser package.
 */
import { CronExpressionParser } from 'cron-parser';
const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
/** robfig/cron/v3 spec.go: minutes, hours, dom, months, dow. */
const FIELDS = [{ min: 0, max: 59 }, { min: 0, max: 23 }, { min: 1, max: 31 },
    { min: 1, max: 12, names: MONTHS }, { min: 0, max: 6, names: DAYS }];
export const CRON_DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight',
    '@hourly'];
class CronSyntaxError extends Error {
}
function mustParseInt(expr) {
    if (!/^[+-]?\d+$/.test(expr))
        throw new CronSyntaxError(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`);
    const n = Number(expr);
    if (n < 0)
        throw new CronSyntaxError(`negative number (${n}) not allowed: ${expr}`);
    return n;
}
const intOrName = (expr, b) => b.names?.[expr.toLowerCase()]
    ?? mustParseInt(expr);
function checkRange(expr, b) {
    const rangeAndStep = expr.split('/');
    const lowAndHigh = rangeAndStep[0].split('-');
    let start, end;
    if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
        start = b.min;
        end = b.max;
    }
    else {
        start = intOrName(lowAndHigh[0], b);
        if (lowAndHigh.length === 1)
            end = start;
        else if (lowAndHigh.length === 2)
            end = intOrName(lowAndHigh[1], b);
        else
            throw new CronSyntaxError(`too many hyphens: ${expr}`);
    }
    let step = 1;
    if (rangeAndStep.length === 2) {
        step = mustParseInt(rangeAndStep[1]);
        if (lowAndHigh.length === 1)
            end = b.max; // "N/step" means "N-max/step"
    }
    else if (rangeAndStep.length > 2)
        throw new CronSyntaxError(`too many slashes: ${expr}`);
    if (start < b.min)
        throw new CronSyntaxError(`beginning of range (${start}) below minimum (${b.min}): ${expr}`);
    if (end > b.max)
        throw new CronSyntaxError(`end of range (${end}) above maximum (${b.max}): ${expr}`);
    if (start > end)
        throw new CronSyntaxError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
    if (step === 0)
        throw new CronSyntaxError(`step of range should be a positive number: ${expr}`);
}
/** Go's time.ParseDuration accepts e.g. "1h30m", "90s", "1.5h". */
const GO_DURATION = /^[+-]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+$/;
/** The robfig/cron error for a schedule, or undefined when ParseStandard accepts it. */
export function cronScheduleError(schedule) {
    try {
        let spec = schedule;
        if (spec.length === 0)
            return 'empty spec string';
        if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
            const i = spec.indexOf(' ');
            const loc = spec.slice(spec.indexOf('=') + 1, i < 0 ? undefined : i);
            if (timeZoneError(loc))
                return `provided bad location ${loc}: unknown time zone ${loc}`;
            spec = i < 0 ? '' : spec.slice(i).trim();
        }
        if (spec.startsWith('@')) {
            if (CRON_DESCRIPTORS.includes(spec))
                return undefined;
            if (spec.startsWith('@every ')) {
                const d = spec.slice(7);
                return GO_DURATION.test(d) ? undefined
                    : `failed to parse duration ${spec}: time: invalid duration ${JSON.stringify(d)}`;
            }
            return `unrecognized descriptor: ${spec}`;
        }
        const fields = spec.split(/\s+/).filter((f) => f !== '');
        if (fields.length !== 5)
            return `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`;
        fields.forEach((f, i) => { for (const r of f.split(','))
            checkRange(r, FIELDS[i]); });
        return undefined;
    }
    catch (e) {
        if (e instanceof CronSyntaxError)
            return e.message;
        throw e;
    }
}
/** Memoizes a pure string function (manifests repeat the same schedules and zones many times). */
function memo(f) {
    const cache = new Map();
    return (s) => {
        if (cache.has(s))
            return cache.get(s);
        const v = f(s);
        if (cache.size < 10_000)
            cache.set(s, v);
        return v;
    };
}
/** Whether kubesim's scheduler (cron-parser) can run a schedule Kubernetes accepts. */
export const simulatable = memo(simulatableUncached);
function simulatableUncached(schedule) {
    if (schedule.startsWith('@every '))
        return true; // controllers/cronJobSchedule.ts everySchedule
    try {
        CronExpressionParser.parse(schedule, { tz: 'UTC' });
        return true;
    }
    catch {
        return false;
    }
}
/**
 * batch/validation validateTimeZone: an IANA zone name (Go's time.LoadLocation, which is
 * case-sensitive); "Local" is refused. Returns the error detail or undefined.
 */
export const timeZoneError = memo(timeZoneErrorUncached);
function timeZoneErrorUncached(tz) {
    if (tz === '')
        return 'timeZone must be nil or non-empty string';
    if (tz.toLowerCase() === 'local')
        return 'timeZone must be an explicit time zone as defined in ' +
            'https://www.iana.org/time-zones';
    for (const part of tz.split('/')) {
        if (part === '.' || part === '..' || part.startsWith('-')
            || !/^[A-Za-z.\-_0-9+]{1,14}$/.test(part))
            return `unknown time zone ${tz}`;
    }
    let resolved;
    try {
        resolved = new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
    }
    catch {
        return `unknown time zone ${tz}`;
    }
    // Intl is case-insensitive, Go is not: "europe/paris" is unknown to the API server.
    if (resolved !== tz && resolved.toLowerCase() === tz.toLowerCase())
        return `unknown time zone ${tz}`;
    return undefined;
}
