import { containerReducers } from '../../reducers/containers.js';
import { createDraft, finishDraft, isDraft } from '../../reducers/immer.js';
import { podReducers } from '../../reducers/pods.js';
import { probeReducers } from '../../reducers/probes.js';
import { initialState } from '../../reducers/state.js';
/**
 * The pods' part of the replay, for the report: the same case reducers as `evolveAll` (pods,
 * containers, probes), run on a state whose pod table is a plain Map written in place and whose
 * indexes (podUids, podsOnNode, podsByOwner, nodes, quota usage) are sinks. A pod's object
 * depends only on the facts about it; the indexes serve the controllers and the scheduler, which
 * the report does not run. The persistent trie behind ClusterState (every old state kept
 * readable) and the indexes were about half of the report's replay of 150,000 pods.
 */
const POD_TABLES = [podReducers, containerReducers, probeReducers];
const DISPATCH = new Map();
for (const table of POD_TABLES) {
    for (const [type, fn] of Object.entries(table)) {
        const fns = DISPATCH.get(type) ?? [];
        fns.push(fn);
        DISPATCH.set(type, fns);
    }
}
/** Whether a fact changes a pod's object (only these go to PodReplay). */
export const changesPods = (type) => DISPATCH.has(type);
/**
 * A Table in a Map, written in place: no old version stays readable. `get` hands out immer
 * drafts, finished by `finish()`, as a reducer batch does on the trie (table.ts).
 */
class MapTable {
    #map = new Map();
    #drafts = new Map();
    get size() { return this.#map.size; }
    get transient() { return true; }
    get(key) {
        const d = this.#drafts.get(key);
        if (d !== undefined)
            return d;
        const v = this.#map.get(key);
        if (v === undefined || typeof v !== 'object' || v === null || isDraft(v))
            return v;
        const draft = createDraft(v);
        this.#drafts.set(key, draft);
        return draft;
    }
    has(key) { return this.#map.has(key); }
    latest(key) { return this.#drafts.get(key) ?? this.#map.get(key); }
    mutable() { throw new Error('PodReplay: Table.mutable on the pod table'); }
    own(part) { return part; }
    set(key, value) { this.#drafts.delete(key); this.#map.set(key, value); }
    delete(key) { this.#drafts.delete(key); this.#map.delete(key); }
    peek(key) { return this.#map.get(key); }
    values() { return [...this.#map.keys()].map((k) => this.latest(k)); }
    keys() { return [...this.#map.keys()]; }
    entries() { return [...this.#map.keys()].map((k) => [k, this.latest(k)]); }
    beginBatch() { return this; }
    persistent() { return this; }
    /** Finishes the drafts handed out since the last call. */
    finish() {
        for (const [k, d] of this.#drafts)
            this.#map.set(k, finishDraft(d));
        this.#drafts.clear();
    }
}
/** A Table that keeps nothing: the indexes the pod reducers maintain and the report never reads. */
class SinkTable {
    get size() { return 0; }
    get transient() { return true; }
    get() { return undefined; }
    has() { return false; }
    latest() { return undefined; }
    mutable(_key, create) { return create(); }
    own(part) { return part; }
    set() { }
    delete() { }
    peek() { return undefined; }
    values() { return []; }
    keys() { return []; }
    entries() { return []; }
    beginBatch() { return this; }
    persistent() { return this; }
}
export class PodReplay {
    #pods = new MapTable();
    #state;
    constructor() {
        const sink = new SinkTable();
        this.#state = { ...initialState(), pods: this.#pods, podUids: sink, podsOnNode: sink, podsByOwner: sink,
            nodes: sink, quotaUsage: sink };
    }
    /** Applies a fact about a pod (changesPods(e.type)); other facts are ignored. */
    apply(e) {
        const fns = DISPATCH.get(e.type);
        if (fns)
            for (const fn of fns)
                fn(this.#state, e);
    }
    /** Ends an instant's batch: the pods written through drafts are finished. */
    endBatch() { this.#pods.finish(); }
    /** The pod as it stands after the last batch. */
    pod(uid) { return this.#pods.peek(uid); }
    pods() { return this.#pods.values(); }
}
