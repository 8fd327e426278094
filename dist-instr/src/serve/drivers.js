import { LOG_FORMAT_VERSION, LogWriter } from '../engine/log.js';
import { Simulation } from '../engine/simulation.js';
import { evolveAll } from '../reducers/index.js';
import { initialState } from '../reducers/state.js';
/** The served session never stops by itself: its end is the instant the server is closed. */
const NO_END = Number.MAX_SAFE_INTEGER;
/** A live simulation: writes become timeline actions, and the log may be kept for --log. */
export class LiveDriver {
    scenario;
    writable = true;
    sim;
    #facts;
    constructor(scenario, opts, sink) {
        this.scenario = scenario;
        this.sim = new Simulation(scenario, { components: opts.components,
            ...(opts.options ? { options: opts.options } : {}), until: NO_END });
        if (opts.keepLog) {
            // The header's `until` is known only when the session ends: lines are kept and the
            // header written then (stop), so the file equals `kubesim run session.yaml --log`.
            const facts = [];
            this.#facts = facts;
            this.sim.events$.subscribe((r) => { facts.push(r); });
        }
        this.sim.batches$.subscribe(({ events, state }) => sink(events, state, this.sim.eventCount));
    }
    get state() { return this.sim.state; }
    advanceTo(t) { this.sim.runUntil(t); }
    nextDue() { const t = this.sim.nextDue; return t >= NO_END ? Infinity : t; }
    schedule(at, action) { this.sim.schedule(at, action); }
    stop(t) {
        this.sim.stopAt(t);
        if (!this.#facts)
            return undefined;
        const s = this.scenario;
        const out = [];
        const log = new LogWriter({ kubesimLog: LOG_FORMAT_VERSION, scenario: s.name, seed: s.seed, startTime: s.startTime,
            until: t }, (l) => out.push(l));
        for (const { seq, event } of this.#facts)
            log.append(seq, event);
        return out;
    }
}
/** A recorded log, read-only: the clock moves through its facts, one batch per virtual instant. */
export class ReplayDriver {
    events;
    sink;
    writable = false;
    #state = initialState();
    #i = 0;
    constructor(events, sink) {
        this.events = events;
        this.sink = sink;
    }
    get state() { return this.#state; }
    advanceTo(t) {
        const es = this.events;
        while (this.#i < es.length && es[this.#i].at <= t) {
            const at = es[this.#i].at;
            let j = this.#i;
            while (j < es.length && es[j].at === at)
                j++;
            const batch = es.slice(this.#i, j);
            this.#state = evolveAll(this.#state, batch);
            this.#i = j;
            this.sink(batch, this.#state, j);
        }
    }
    nextDue() { return this.#i < this.events.length ? this.events[this.#i].at : Infinity; }
    schedule() { throw new Error('a replayed log is read-only'); }
    stop() { return undefined; }
}
