import { EventRecorder, eventObject } from './events.js';
import { all, lookup } from './view.js';
import { keyOf } from '../api/ids.js';
/**
 * An Event's change: ADDED when the recorder created it, MODIFIED when a repeat updated it. The
 * Event object is made from what the server received only when someone reads it.
 */
class EventChange {
    received;
    startTime;
    rv;
    store = 'events';
    lines;
    #object;
    constructor(received, startTime, rv) {
        this.received = received;
        this.startTime = startTime;
        this.rv = rv;
    }
    get type() { return this.received.created ? 'ADDED' : 'MODIFIED'; }
    get key() { return keyOfEvent(this.object); }
    get object() { return (this.#object ??= eventObject(this.received, this.startTime)); }
}
const keyOfEvent = (o) => `${o.metadata.namespace}/${o.metadata.name}`;
/** How many changes are kept for watches that start from an older resourceVersion (the watch cache). */
const HISTORY = 50_000;
/** Events kept, as the API server keeps them for their TTL (1 h by default): the newest ones. */
const MAX_EVENTS = 50_000;
/** The stores an event may have changed: its pod, node, or object (resource + key). */
function touched(e) {
    const f = e;
    const out = [];
    if (typeof f.pod === 'string')
        out.push(['pods', f.pod]);
    if (typeof f.node === 'string')
        out.push(['nodes', f.node]);
    if (typeof f.resource === 'string' && typeof f.key === 'string'
        && e.type !== 'ControllerEvent')
        out.push([f.resource, f.key]);
    return out;
}
/**
 * The cluster kubesim serves: the driver's state at virtual time `now`, each object's
 * resourceVersion (the seq of the last fact that changed it), Event objects made from the
 * facts, and the stream of changes watches read. Invariant: every fact due at or before `now`
 * has happened, and nothing after it.
 */
export class ServedCluster {
    driver;
    /** -1 until the first advance: time 0's facts (nodes, manifests) happen on it. */
    #now = -1;
    #rv = 0;
    #rvs = new Map();
    #prev;
    #history = [];
    #historyStart = 0;
    /** The served Events by the recorder's key, least recently updated first, as their last change shows them. */
    #events = new Map();
    #recorder = new EventRecorder();
    /** The served Events by namespace/name, made when first read after a change. */
    #eventIndex;
    #listeners = new Set();
    /** Per store: the resourceVersion of its last change, and its objects sorted by key as of then. */
    #storeRv = new Map();
    #sorted = new Map();
    /** While a write is carried out: the facts it caused (a refusal shows as a Warning fact). */
    #capture;
    /** Every accepted write at its instant: what --record appends to the scenario's timeline. */
    writes = [];
    /** `driver` must hand its batches to onBatch (the server wires its BatchSink to it). */
    constructor(driver) {
        this.driver = driver;
        this.#prev = driver.state;
    }
    get now() { return this.#now; }
    get resourceVersion() { return this.#rv; }
    get state() { return this.driver.state; }
    /** The oldest resourceVersion a watch may start from (older: 410 Gone). */
    get oldestRv() { return this.#historyStart; }
    /** An object's resourceVersion; an Event's is that of the batch that last updated it. */
    rvOf(store, key) {
        if (store === 'events')
            return this.#eventByKey().get(key)?.rv ?? 0;
        return this.#rvs.get(`${store}|${key}`) ?? 0;
    }
    get(store, key) {
        if (store !== 'events')
            return lookup(this.state, store, key);
        return this.#eventByKey().get(key)?.object;
    }
    events() { return [...this.#events.values()].map((c) => c.object); }
    #eventByKey() {
        return (this.#eventIndex ??= new Map([...this.#events.values()].map((c) => [c.key, c])));
    }
    /**
     * A store's objects sorted by key (namespace/name) with their resourceVersions: made once
     * per change of the store, so repeated lists of an unchanged store cost no sort.
     */
    sorted(store) {
        const rv = this.#storeRv.get(store) ?? 0;
        const hit = this.#sorted.get(store);
        if (hit?.rv === rv)
            return hit.items;
        const objects = store === 'events' ? this.events() : all(this.state, store);
        const items = objects.map((o) => { const key = keyOf(o); return { o, key, rv: this.rvOf(store, key) }; });
        items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        this.#sorted.set(store, { rv, items });
        return items;
    }
    /** Moves the clock to `t` (never back), applying every fact due until then. */
    advanceTo(t) {
        if (t <= this.#now)
            return;
        this.driver.advanceTo(t);
        this.#now = t;
    }
    /**
     * An accepted write: it happens 1 ms after the current instant (everything at `now` has
     * happened already), as timeline actions (several for a deletecollection), and the clock
     * moves there so the answer shows it.
     */
    write(...actions) {
        const at = this.#now + 1;
        for (const action of actions) {
            this.driver.schedule(at, action);
            this.writes.push({ at, action });
        }
        const facts = [];
        this.#capture = facts;
        try {
            this.advanceTo(at);
        }
        finally {
            this.#capture = undefined;
        }
        return facts;
    }
    subscribe(fn) {
        this.#listeners.add(fn);
        return () => { this.#listeners.delete(fn); };
    }
    /** Changes after resourceVersion `rv`, oldest first; undefined when they are no longer kept. */
    since(rv) {
        if (rv < this.#historyStart)
            return undefined;
        const h = this.#history;
        let lo = 0, hi = h.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (h[mid].rv <= rv)
                lo = mid + 1;
            else
                hi = mid;
        }
        return h.slice(lo);
    }
    /** Called by the driver for each applied batch: finds what changed and tells the watchers. */
    onBatch(events, state, lastSeq) {
        const prev = this.#prev;
        this.#prev = state;
        this.#capture?.push(...events);
        this.#rv = lastSeq;
        const seen = new Set();
        for (const e of events) {
            for (const [store, key] of touched(e)) {
                const ref = `${store}|${key}`;
                if (seen.has(ref))
                    continue;
                seen.add(ref);
                const before = lookup(prev, store, key), after = lookup(state, store, key);
                if (before === after)
                    continue;
                this.#rvs.set(ref, lastSeq);
                this.#storeRv.set(store, lastSeq);
                if (!after)
                    this.#rvs.delete(ref);
                // A pod replaced under the same name (a StatefulSet's) is a deletion and a creation.
                if (before && after && before.metadata.uid !== after.metadata.uid) {
                    this.#emit('DELETED', store, key, before);
                    this.#emit('ADDED', store, key, after);
                }
                else
                    this.#emit(!before ? 'ADDED' : !after ? 'DELETED' : 'MODIFIED', store, key, (after ?? before));
            }
            for (const r of this.#recorder.observe(e))
                this.#addEvent(new EventChange(r, state.startTime, this.#rv));
        }
    }
    #addEvent(c) {
        const key = c.received.key;
        this.#events.delete(key);
        this.#events.set(key, c);
        this.#eventIndex = undefined;
        this.#storeRv.set('events', c.rv);
        this.#push(c);
        // The API server keeps Events for their TTL; kubesim keeps the most recently updated ones.
        if (this.#events.size > MAX_EVENTS * 1.5) {
            for (const k of [...this.#events.keys()].slice(0, this.#events.size - MAX_EVENTS))
                this.#events.delete(k);
        }
    }
    #emit(type, store, key, object) {
        this.#push({ type, store, key, object, rv: this.#rv });
    }
    #push(c) {
        this.#history.push(c);
        if (this.#history.length > HISTORY) {
            const drop = this.#history.length - HISTORY / 2;
            this.#historyStart = this.#history[drop - 1].rv;
            this.#history = this.#history.slice(drop);
        }
        for (const fn of this.#listeners)
            fn(c);
    }
}
