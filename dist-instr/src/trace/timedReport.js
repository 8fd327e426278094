import { CREATION_TIME } from './openb/gpu.js';
import { TRACE_SCHEDULED_TIME } from './openb/pod.js';
/** Nearest-rank percentile of an ascending array. */
const rank = (sorted, q) => (sorted.length
    ? sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] : 0);
export function delayStats(values) {
    const s = Float64Array.from(values).sort();
    const mean = s.length ? s.reduce((a, b) => a + b, 0) / s.length : 0;
    return { count: s.length, mean, p50: rank(s, 0.5), p90: rank(s, 0.9), p99: rank(s, 0.99), max: s.length
            ? s[s.length - 1] : 0 };
}
/**
 * Follows the facts of a timed trace replay (pods carrying the trace's creation-time annotation)
 * and compares their scheduling with the trace's own: feed it every fact (`observe`), then read
 * `summary()`. Scheduling delay is creation to PodScheduled, in seconds.
 */
export class TimedTraceReport {
    #pods = new Map();
    #delays = [];
    #pendingUntilDeleted = 0;
    #pendingHereOnly = 0;
    #done = [];
    observe(e) {
        if (e.type === 'PodCreated') {
            const a = e.object.metadata.annotations;
            const created = a?.[CREATION_TIME];
            if (created === undefined)
                return;
            const sched = a?.[TRACE_SCHEDULED_TIME];
            this.#pods.set(e.uid, { createdAt: e.at, scheduled: false,
                ...(sched !== undefined ? { traceDelay: Number(sched) - Number(created) } : {}) });
        }
        else if (e.type === 'PodScheduled') {
            const p = this.#pods.get(e.uid);
            if (!p || p.scheduled)
                return;
            p.scheduled = true;
            this.#delays.push((e.at - p.createdAt) / 1000);
        }
        else if (e.type === 'PodDeleted') {
            const p = this.#pods.get(e.uid);
            if (!p)
                return;
            if (!p.scheduled) {
                this.#pendingUntilDeleted++;
                if (p.traceDelay !== undefined)
                    this.#pendingHereOnly++;
            }
            this.#pods.delete(e.uid);
            this.#done.push(p);
        }
    }
    summary() {
        const all = [...this.#done, ...this.#pods.values()];
        const pendingAtEnd = [...this.#pods.values()].filter((p) => !p.scheduled);
        const traceDelays = all.flatMap((p) => (p.traceDelay !== undefined ? [p.traceDelay] : []));
        return {
            pods: all.length,
            scheduled: this.#delays.length,
            pendingUntilDeleted: this.#pendingUntilDeleted,
            pendingAtEnd: pendingAtEnd.length,
            tracePending: all.length - traceDelays.length,
            pendingHereOnly: this.#pendingHereOnly + pendingAtEnd.filter((p) => p.traceDelay !== undefined).length,
            pendingInTraceOnly: all.filter((p) => p.traceDelay === undefined && p.scheduled).length,
            delay: delayStats(this.#delays),
            traceDelay: delayStats(traceDelays),
        };
    }
}
const fmt = (s) => `${s.count} pods, mean ${s.mean.toFixed(1)} s, p50 ${s.p50} s, p90 ${s.p90} s, p99 ${s.p99} s, max ${s.max} s`;
/** The summary as the lines `kubesim run` prints after a timed trace. */
export function formatTimedSummary(s) {
    return [
        `trace: ${s.pods} pods; scheduled ${s.scheduled}; Pending until deleted ${s.pendingUntilDeleted}; Pending at the ` +
            `end ${s.pendingAtEnd}`,
        `trace: the production cluster left ${s.tracePending} Pending; placed there but Pending here ` +
            `${s.pendingHereOnly}; Pending there but placed here ${s.pendingInTraceOnly}`,
        `trace: scheduling delay here:  ${fmt(s.delay)}`,
        `trace: scheduling delay there: ${fmt(s.traceDelay)}`,
    ].join('\n');
}
