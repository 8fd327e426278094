import { initialState } from '../reducers/state.js';
/** The state before the first batch, shared: an empty ClusterState allocates 20,000 trie slots. */
let EMPTY;
const empty = () => (EMPTY ??= initialState());
/** At most this many distinct violations are kept per run: the first ones tell the story. */
export const MAX_VIOLATIONS = 1000;
/**
 * Watches a Simulation (its batches$ stream) and records every violation with its virtual time.
 * A violation seen again in a later batch (same invariant, message and objects) is kept once, at
 * the first time it was seen. `finish()` judges the end-of-run laws; it runs by itself when the
 * simulation completes its streams (Simulation.run) and may be called after runUntil.
 */
export class InvariantChecker {
    violations = [];
    history = [];
    #seen = new Set();
    #previous = empty();
    #state = empty();
    #finished = false;
    #batch;
    invariants;
    constructor(invariants) {
        this.invariants = invariants.map((i) => i.perRun?.() ?? i);
        this.#batch = this.invariants.filter((i) => i.when === 'batch');
    }
    /** Subscribes to a simulation before it runs. */
    observe(sim) {
        sim.batches$.subscribe({ next: ({ events, state }) => this.onBatch(events, state), complete: () => this.finish() });
        return this;
    }
    onBatch(batch, state) {
        for (const e of batch)
            this.history.push(e);
        this.#state = state;
        const ctx = { state, previous: this.#previous, batch, history: this.history, final: false };
        for (const inv of this.#batch)
            this.#record(inv, ctx);
        this.#previous = state;
    }
    /** Judges the end-of-run laws (and the batch laws once more with `final`). Idempotent. */
    finish() {
        if (!this.#finished) {
            this.#finished = true;
            const ctx = { state: this.#state, previous: this.#state, batch: [], history: this.history,
                final: true };
            for (const inv of this.invariants)
                this.#record(inv, ctx);
        }
        return this.violations;
    }
    #record(inv, ctx) {
        let found;
        try {
            found = inv.check(ctx);
        }
        catch (err) {
            found = [{ invariant: inv.name, message: `the invariant threw: ${err?.message ?? String(err)}`,
                    objects: [], at: ctx.state.time }];
        }
        for (const v of found) {
            const key = `${v.invariant}\u0000${v.message}\u0000${v.objects.join(',')}`;
            if (this.#seen.has(key) || this.violations.length >= MAX_VIOLATIONS)
                continue;
            this.#seen.add(key);
            this.violations.push(v);
        }
    }
}
