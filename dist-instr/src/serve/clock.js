import { formatDuration, parseDuration, rfc3339 } from '../api/time.js';
import { badRequest } from './status.js';
/** How long full speed runs before it lets the server answer requests and watchers drain (wall ms). */
const SLICE_MS = 20;
/** `quiet`: no fact for this long (virtual) ends the run; at most this far ahead. */
const QUIET_DEFAULT = 60_000;
const QUIET_LIMIT_DEFAULT = 24 * 3600_000;
/**
 * The served virtual clock: paused, or moving at `speed` virtual seconds per wall second
 * (Infinity: as fast as the simulation runs, in slices), anchored at the last change so speed
 * and pauses never move it back. The wall clock is read through `wallNow` (the serve edge).
 */
export class Pacer {
    cluster;
    speed;
    paused;
    wallNow;
    #anchorWall;
    #anchorVirtual;
    constructor(cluster, speed, paused, wallNow) {
        this.cluster = cluster;
        this.speed = speed;
        this.paused = paused;
        this.wallNow = wallNow;
        this.#anchorWall = wallNow();
        this.#anchorVirtual = cluster.now;
    }
    #reanchor() { this.#anchorWall = this.wallNow(); this.#anchorVirtual = this.cluster.now; }
    /** Moves the clock to where the wall clock says it is (called on a wall timer). */
    tick() {
        if (this.paused)
            return;
        if (this.speed === Infinity) {
            this.#fullSpeed();
            return;
        }
        const target = this.#anchorVirtual + Math.floor((this.wallNow() - this.#anchorWall) * this.speed);
        this.cluster.advanceTo(target);
    }
    #fullSpeed() {
        const end = this.wallNow() + SLICE_MS;
        const d = this.cluster.driver;
        while (this.wallNow() < end) {
            const next = d.nextDue();
            if (next === Infinity)
                break;
            this.cluster.advanceTo(Math.max(next, this.cluster.now + 1));
        }
    }
    pause() { this.paused = true; }
    resume() { this.paused = false; this.#reanchor(); }
    setSpeed(speed) { this.speed = speed; this.#reanchor(); }
    /** Step, run until an instant, or until quiet: synchronous, then the wall anchor moves to the new time. */
    step(ms) { this.cluster.advanceTo(this.cluster.now + ms); this.#reanchor(); }
    runUntil(t) { this.cluster.advanceTo(t); this.#reanchor(); }
    /** Runs while facts keep coming: stops after `window` of virtual time without a fact, or `limit` ahead. */
    runUntilQuiet(window = QUIET_DEFAULT, limit = QUIET_LIMIT_DEFAULT) {
        const end = this.cluster.now + limit;
        for (;;) {
            const quietAt = Math.max(this.cluster.state.time, this.cluster.now) + window;
            const next = this.cluster.driver.nextDue();
            if (next > quietAt || next > end) {
                this.cluster.advanceTo(Math.min(quietAt, end));
                break;
            }
            this.cluster.advanceTo(Math.max(next, this.cluster.now + 1));
        }
        this.#reanchor();
    }
    /** The Clock resource of /apis/kubesim.io/v1/clock. */
    view(startTime) {
        const c = this.cluster;
        const next = c.driver.nextDue();
        return {
            kind: 'Clock', apiVersion: 'kubesim.io/v1', metadata: { name: 'clock',
                resourceVersion: String(c.resourceVersion) },
            spec: { paused: this.paused, speed: this.speed === Infinity ? 'max' : this.speed },
            status: {
                time: c.now, elapsed: formatDuration(c.now), date: rfc3339(startTime, c.now),
                mode: c.driver.writable ? 'live' : 'replay', ...(next !== Infinity ? { nextDue: next } : {}),
            },
        };
    }
    /** POST /apis/kubesim.io/v1/clock: {action: pause|resume|step|runUntil|quiet|speed, duration?, time?, speed?}. */
    control(body) {
        const b = (typeof body === 'object' && body !== null ? body : {});
        const dur = (field) => {
            const d = parseDuration(b[field]);
            if (typeof d === 'string')
                throw badRequest(`${field}: ${d}`, [{ reason: 'FieldValueInvalid', message: d, field }]);
            return d;
        };
        switch (b.action) {
            case 'pause':
                this.pause();
                return;
            case 'resume':
                this.resume();
                return;
            case 'step':
                this.step(dur('duration'));
                return;
            case 'runUntil': {
                const t = dur('time');
                if (t < this.cluster.now)
                    throw badRequest(`time: ${formatDuration(t)} is before the current virtual time ${formatDuration(this.cluster.now)}`, [{ reason: 'FieldValueInvalid', message: 'in the past', field: 'time' }]);
                this.runUntil(t);
                return;
            }
            case 'quiet':
                this.runUntilQuiet(b.duration !== undefined ? dur('duration') : undefined, b.limit !== undefined
                    ? dur('limit') : undefined);
                return;
            case 'speed':
                this.setSpeed(parseSpeed(b.speed));
                return;
            default: throw badRequest(`action: Unsupported value: ${JSON.stringify(b.action)}: supported values: "pause", "resume", "step", ` +
                `"runUntil", "quiet", "speed"`, [{ reason: 'FieldValueNotSupported', message: 'unknown action', field: 'action' }]);
        }
    }
}
/** `--speed N` or `max`: virtual seconds per wall second. */
export function parseSpeed(v) {
    if (v === 'max' || v === Infinity)
        return Infinity;
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(n)
        || n <= 0)
        throw badRequest(`speed: must be a positive number or "max", got ${JSON.stringify(v)}`, [{ reason: 'FieldValueInvalid', message: 'bad speed', field: 'speed' }]);
    return n;
}
