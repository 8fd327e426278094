import { EventCorrelator } from './correlator.js';
import { FactReader } from './observe.js';
/** kube-apiserver --event-ttl (default 1h): an Event is deleted an hour after its last update. */
export const EVENT_TTL_MS = 3_600_000;
/** The server receives the slot's Event as it now stands: the logger's count, this time and message. */
function show(slot, at, message) {
    slot.shown = true;
    slot.shownCount = slot.count;
    slot.last = at;
    slot.message = message;
}
const received = (key, s, created) => ({ key, created, r: s.r, first: s.first,
    nano: s.nano, last: s.last, count: s.shownCount, message: s.message });
/**
 * events_cache.go / event.go: an Event's name is the object's name and the first occurrence's
 * UnixNano in hex. Virtual time has millisecond steps, so Events of one object first seen at one
 * instant take the next nanoseconds, in the order recorded (a real clock would part them too).
 */
const eventName = (name, startTime, at, nano) => `${name}.${(BigInt(startTime + at) * 1000000n + BigInt(nano)).toString(16)}`;
/**
 * The Events the components record, fed one occurrence at a time: core/v1 recorders through
 * client-go's EventCorrelator (aggregation, counting, spam filter); the scheduler through
 * events.k8s.io (a series per repeated event, no spam filter).
 */
export class EventRecorder {
    #correlator = new EventCorrelator();
    /** The scheduler's (events.k8s.io) Events, per source and object, by reason and message. */
    #newApi = new Map();
    /** Every Event in the order it was first recorded. */
    #order = [];
    /**
     * Per object (namespace, name): how many Events were first seen at each instant (their names'
     * nanoseconds), as [at, count, at, count, ...], the latest instant last.
     */
    #firsts = new Map();
    #slot(r, at) {
        const io = r.involvedObject, k = `${io.namespace ?? ''}\u0000${io.name}`;
        const firsts = this.#firsts.get(k);
        let nano = 0;
        if (!firsts)
            this.#firsts.set(k, [at, 1]);
        else {
            let x = firsts.length - 2;
            while (x >= 0 && firsts[x] !== at)
                x -= 2;
            if (x < 0)
                firsts.push(at, 1);
            else
                nano = firsts[x + 1]++;
        }
        const slot = { r, first: at, nano, count: 1, shown: false, shownCount: 0, last: at, message: '' };
        this.#order.push(slot);
        return slot;
    }
    /**
     * Records one occurrence; returns what the API server received from it (the Event created or
     * updated, as it then stands), or undefined when the spam filter kept it from the server.
     */
    add(r, at) {
        const got = this.#record(r, at, true);
        return got && received(got[0], got[1], got[2]);
    }
    /** add() without the answer: for a reader that asks for the Events at the end (received()). */
    record(r, at) { this.#record(r, at, false); }
    /**
     * The key (when `withKey`: ~200 characters, built only for add()), slot and whether the
     * occurrence created it; undefined when the spam filter refused it.
     */
    #record(r, at, withKey) {
        if (r.newApi) {
            const io = r.involvedObject;
            const source = `${r.component}\u0000${io.kind}\u0000${io.namespace ?? ''}\u0000${io.name}\u0000${io.uid ?? ''}` +
                `\u0000${r.type}`, tail = `${r.reason}\u0000${r.message}`;
            let slots = this.#newApi.get(source);
            if (!slots)
                this.#newApi.set(source, slots = new Map());
            let slot = slots.get(tail);
            const created = !slot;
            if (slot)
                slot.count++;
            else
                slots.set(tail, slot = this.#slot(r, at));
            show(slot, at, r.message);
            return [withKey ? `new\u0000${source}\u0000${tail}` : '', slot, created];
        }
        const c = this.#correlator.correlateSource(r, at);
        const slots = (c.source.slots ??= new Map());
        let slot = slots.get(c.tail);
        if (slot)
            slot.count++;
        else
            slots.set(c.tail, slot = this.#slot(r, at));
        if (c.skip)
            return undefined;
        const created = !slot.shown;
        show(slot, at, c.message);
        return [withKey ? `${c.source.key}\u0000${c.tail}` : '', slot, created];
    }
    /** Every Event the API server received: [first, last, count, message, the first recorded event]. */
    *received() {
        for (const s of this.#order)
            if (s.shown)
                yield [s.first, s.last, s.shownCount, s.message,
                    s.r, s.nano];
    }
    /** The Event objects, less those past the TTL at `horizon`, in the API's order (namespace, then name). */
    objects(startTime, horizon) {
        const out = [];
        for (const [first, last, count, message, r, nano] of this.received()) {
            if (horizon - last > EVENT_TTL_MS)
                continue;
            out.push(toObject(r, startTime, first, last, count, message, nano));
        }
        return out.sort((a, b) => {
            const ka = `${a.metadata.namespace}/${a.metadata.name}`, kb = `${b.metadata.namespace}/${b.metadata.name}`;
            return ka < kb ? -1 : ka > kb ? 1 : 0;
        });
    }
}
/**
 * The Kubernetes Events the components record for the facts up to `upTo` (inclusive), in
 * the API's order (namespace, then name), less those past the API server's event TTL.
 * kubesim's own notes (faults, warnings) are left out.
 */
export function recordEvents(facts, startTime, upTo = Infinity) {
    const recorder = new EventRecorder();
    const reader = new FactReader();
    for (let i = 0; i < facts.length; i++) {
        const e = facts[i];
        if (e.at > upTo)
            break;
        for (const o of reader.observe(e, facts, i, upTo))
            if (o.event.real)
                recorder.add(o.event, o.at);
    }
    const horizon = Number.isFinite(upTo) ? upTo : facts.length ? facts[facts.length - 1].at : 0;
    return recorder.objects(startTime, horizon);
}
/**
 * The Event object of a recorded event first seen at `first`, last at `last`, `count` times
 * (also what kubesim serve serves, created and then updated as the recorder counts repeats).
 */
export function toObject(r, startTime, first, last, count, message, nano = 0) {
    const io = r.involvedObject;
    const metadata = { name: eventName(io.name, startTime, first, nano), namespace: io.namespace ?? 'default',
        creationTimestamp: first };
    const base = { apiVersion: 'v1', kind: 'Event', metadata, involvedObject: io, reason: r.reason,
        message, type: r.type };
    // The new events API (scheduler): eventTime, action, reportingController; core/v1 shows no source or count.
    if (r.newApi)
        return { ...base, source: {}, eventTime: first, action: r.reason === 'Scheduled' ? 'Binding'
                : r.reason === 'Preempted' ? 'Preempting' : 'Scheduling', reportingComponent: r.component,
            reportingInstance: r.component, ...(count > 1 ? { series: { count, lastObservedTime: last } } : {}) };
    return { ...base, source: { component: r.component, ...(r.host ? { host: r.host } : {}) }, firstTimestamp: first,
        lastTimestamp: last, count, reportingComponent: r.component, reportingInstance: r.host ?? '' };
}
