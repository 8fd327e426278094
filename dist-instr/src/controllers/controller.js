import { Priority } from '../clock/eventQueue.js';
/**
 * What keysFor returns for a fact that concerns no key: one shared empty list. keysFor runs for
 * every fact and every controller, and an `[]` literal there was ~1 KB of garbage per fact.
 */
export const NO_KEYS = Object.freeze([]);
/**
 * Runs one ControllerDef as an engine component: a deduplicating work queue whose syncs run at
 * Priority.Controller, after the facts of the instant that triggered them.
 */
export class ControllerComponent {
    def;
    scenario;
    rng;
    options;
    name;
    timerKinds;
    #kind;
    /** Keys with a sync already queued for the current instant (client-go's dirty set). */
    #dirty = new Set();
    #dirtyAt = -1;
    /** The state as of the previous batch: the state before the batch being observed. */
    #prev;
    /**
     * Earliest pending delayed sync per key: a later requeue is dropped while an earlier one is
     * pending, since that sync recomputes when to requeue (client-go's AddAfter also coalesces).
     */
    #delayed = new Map();
    #cache;
    constructor(def, scenario, rng, options = {}) {
        this.def = def;
        this.scenario = scenario;
        this.rng = rng;
        this.options = options;
        this.name = def.name;
        this.#kind = `Sync:${def.name}`;
        this.timerKinds = [this.#kind];
        this.#cache = def.createCache?.();
    }
    #enqueue(key, out, delay = 0) {
        if (delay === 0) {
            if (this.#dirtyAt !== out.now) {
                this.#dirty.clear();
                this.#dirtyAt = out.now;
            }
            if (this.#dirty.has(key))
                return;
            this.#dirty.add(key);
        }
        else {
            const at = out.now + delay, pending = this.#delayed.get(key);
            if (pending !== undefined && pending >= out.now && pending <= at)
                return;
            this.#delayed.set(key, at);
        }
        const due = { kind: this.#kind, key };
        out.after(delay, due, Priority.Controller);
    }
    start(state, out) {
        this.#prev = state;
        for (const k of this.def.initialKeys?.(state) ?? [])
            this.#enqueue(k, out);
    }
    observe(events, state, out) {
        const prev = this.#prev ?? state;
        this.#prev = state;
        this.#cache?.observe(events, state, prev);
        const def = this.def;
        const only = def.factsFor?.(events, state, prev);
        if (only) {
            for (let i = 0; i < only.length; i++) {
                const keys = def.keysFor(events[only[i]], state, prev);
                for (let j = 0; j < keys.length; j++)
                    this.#enqueue(keys[j], out);
            }
            return;
        }
        // Index loops: this runs for every fact and every controller (a for-of over a list that a
        // megamorphic keysFor returned was an iterator object per fact).
        for (let i = 0; i < events.length; i++) {
            const keys = def.keysFor(events[i], state, prev);
            for (let j = 0; j < keys.length; j++)
                this.#enqueue(keys[j], out);
        }
    }
    act(action, state, out) {
        return this.def.act?.(action, state, this.#ctx(out)) ?? false;
    }
    fire(timer, state, out) {
        const { key } = timer;
        if (this.#dirtyAt === out.now)
            this.#dirty.delete(key);
        if (this.#delayed.get(key) === out.now)
            this.#delayed.delete(key);
        const r = this.def.sync(key, state, this.#ctx(out));
        if (r && r.requeueAfter !== undefined)
            this.#enqueue(key, out, Math.max(0, Math.round(r.requeueAfter)));
    }
    #ctx(out) {
        return { now: out.now, rng: this.rng, out, scenario: this.scenario, options: this.options,
            ...(this.#cache ? { cache: this.#cache } : {}) };
    }
}
/** A ComponentFactory for a controller definition. */
export const controller = (def) => ({
    name: def.name,
    create: (scenario, ctx) => new ControllerComponent(def, scenario, ctx.rng, ctx.options),
});
