const __h=()=>globalThis.__v8.getHeapStatistics().used_heap_size;const __acc=(k,b)=>{const a=(globalThis.__A??={});const r=(a[k]??={b:0,n:0,neg:0});if(b<0){r.neg++;return;}r.b+=b;r.n++;};// rxjs's module files, not its index: the index loads all of rxjs (about 300 modules, a third of
// a `kubesim run`'s start-up); package.json exports `rxjs/internal/*` with its types.
import { BehaviorSubject } from 'rxjs/internal/BehaviorSubject';
import { Subject } from 'rxjs/internal/Subject';
import { scan } from 'rxjs/internal/operators/scan';
import { isTimelineDue, timelineDue } from '../decider/timelineDue.js';
import { EventQueue, Priority } from '../clock/eventQueue.js';
import { Rng } from '../clock/rng.js';
import { VirtualClock } from '../clock/virtualClock.js';
import { evolveAll } from '../reducers/index.js';
import { initialState } from '../reducers/state.js';
/** A run stopped by its watcher (a limit the user set): bad input for the CLI, exit 2. */
export class RunStopped extends Error {
    reason;
    events;
    at;
    name = 'RunStopped';
    constructor(reason, events, at) {
        super(reason);
        this.reason = reason;
        this.events = events;
        this.at = at;
    }
}
const STOP = { owner: null, timer: null };
/**
 * The discrete-event loop. Pops due timers in (at, priority, seq) order, lets their owner
 * decide, applies the facts it emitted in one immer produce, publishes them on `events$`, and
 * lets every component observe them. Nothing here reads the wall clock or an unseeded random source.
 */
export class Simulation {
    scenario;
    /** Every fact, in order, synchronously: log writers, metrics and progress subscribe here. */
    events$ = new Subject();
    /** Each applied batch with the state after it. */
    batches$ = new Subject();
    /**
     * The state, derived from the facts: `facts$` (each applied batch) folded by the reducers with
     * rxjs's scan. Synchronous, so the engine reads the new state right after publishing a batch.
     */
    state$ = new BehaviorSubject(initialState());
    #facts$ = new Subject();
    clock = new VirtualClock();
    components;
    #queue = new EventQueue(4096);
    #pending = [];
    #seq = 0;
    #owners = new Map();
    #observers;
    #out;
    #until;
    #watch;
    #started = false;
    #stopped = false;
    /** The largest t runUntil was asked for: nothing may be scheduled at or before it from outside. */
    #ranTo = -1;
    constructor(scenario, opts) {
        this.scenario = scenario;
        this.#until = opts.until ?? scenario.until;
        this.#watch = opts.watch;
        const options = opts.options ?? {};
        this.components = opts.components.map((f) => f.create(scenario, { rng: Rng.split(scenario.seed, f.name), options }));
        for (const c of this.components) {
            for (const k of c.timerKinds) {
                if (this.#owners.has(k))
                    throw new Error(`timer kind ${k} claimed by both ${this.#owners.get(k).name} and ${c.name}`);
                this.#owners.set(k, c);
            }
        }
        this.#observers = this.components.filter((c) => c.observe);
        this.#facts$.pipe(scan(evolveAll, this.state$.value)).subscribe(this.state$);
        const self = this;
        this.#out = {
            get now() { return self.clock.now; },
            emit: (e) => { this.#pending.push(e); },
            at: (at, timer, priority = Priority.Normal) => this.#schedule(at, timer, priority),
            after: (delay, timer, priority = Priority.Normal) => this.#schedule(this.clock.now + delay, timer, priority),
        };
    }
    get #state() {
        return this.state$.value;
    }
    get state() {
        return this.state$.value;
    }
    get now() {
        return this.clock.now;
    }
    /** An Outbox for deciders invoked from outside a timer (setup, tests). */
    get outbox() {
        return this.#out;
    }
    #schedule(at, timer, priority) {
        if (!Number.isInteger(at))
            throw new RangeError(`timer ${timer.kind}: time must be whole milliseconds, got ${at}`);
        if (at < this.clock.now)
            throw new RangeError(`timer ${timer.kind}: negative delay (${at - this.clock.now} ms)`);
        if (isTimelineDue(timer)) {
            this.#queue.push(at, { owner: null, timer }, priority);
            return;
        }
        const owner = this.#owners.get(timer.kind);
        if (!owner)
            throw new Error(`no component owns timer kind ${timer.kind}`);
        this.#queue.push(at, { owner, timer }, priority);
    }
    /** Applies what was emitted, publishes it and lets components react, until quiet. */
    #flush() {
        while (this.#pending.length > 0) {
            const batch = this.#pending;
            this.#pending = [];
            {const h0=__h();this.#facts$.next(batch);__acc("evolveAll(batch)",__h()-h0-64);}
            const events$ = this.events$;
            if (events$.observed)
                for (const e of batch)
                    events$.next({ seq: ++this.#seq, event: e });
            else
                this.#seq += batch.length;
            if (this.batches$.observed)
                this.batches$.next({ events: batch, state: this.#state });
            for (const c of this.#observers)
                {const h0=__h();c.observe(batch, this.#state, this.#out);__acc("observe "+c.name,__h()-h0-64);}
        }
    }
    #start() {
        if (this.#started)
            return;
        this.#started = true;
        const s = this.scenario;
        this.#out.emit({ type: 'SimulationStarted', at: 0, scenario: s.name, seed: s.seed, startTime: s.startTime });
        this.#flush();
        for (const c of this.components) {
            c.start?.(this.#state, this.#out);
            this.#flush();
        }
        for (const e of s.timeline)
            this.#queue.push(e.at, { owner: null,
                timer: timelineDue(e.action) }, Priority.Fault);
        this.#queue.push(this.#until, STOP, Priority.Stop);
    }
    /** A timeline action: the first component that carries it out wins. */
    #act(action) {
        for (const c of this.components)
            if (c.act?.(action, this.#state, this.#out))
                return;
        this.#out.emit({ type: 'Warning', at: this.clock.now, message: `timeline action ${action.kind} is not simulated: ignored` });
    }
    /** Runs until the next instant after `t` would be due (t inclusive), or to the end. */
    runUntil(t) {
        this.#start();
        if (t > this.#ranTo)
            this.#ranTo = t;
        const q = this.#queue;
        while (q.size > 0 && q.peekTime() <= t && !this.#stopped) {
            if (this.#watch) {
                const reason = this.#watch(this.#seq, this.clock.now);
                if (reason !== undefined)
                    throw new RunStopped(reason, this.#seq, this.clock.now);
            }
            const { at, item } = q.pop();
            const priority = q.lastPriority;
            this.clock.advanceTo(at);
            if (item === STOP) {
                this.#stopped = true;
                this.#out.emit({ type: 'SimulationStopped', at });
                this.#flush();
                break;
            }
            const owner = item.owner;
            if (owner?.fireAll && q.peekTime() === at && q.peekItem().owner === owner && q.peekPriority() === priority) {
                // A run of one component's timers at one instant: one decision, one produce.
                const timers = [item.timer];
                while (q.peekTime() === at && q.peekItem().owner === owner
                    && q.peekPriority() === priority)
                    timers.push(q.pop().item.timer);
                {const h0=__h();owner.fireAll(timers, this.#state, this.#out);__acc("fireAll "+owner.name,__h()-h0-64);}
            }
            else if (owner)
                {const h0=__h();owner.fire(item.timer, this.#state, this.#out);__acc("fire "+owner.name,__h()-h0-64);}
            else if (item.timer)
                {const h0=__h();this.#act(item.timer.action);__acc("act",__h()-h0-64);}
            this.#flush();
        }
        return this.#state;
    }
    /**
     * A timeline action from outside the scenario file (kubesim serve's accepted writes), due at
     * `at`. Queued as the scenario's own timeline entries are (Priority.Fault, after those of the
     * same instant), so a scenario that lists it in its timeline replays the same log.
     */
    schedule(at, action) {
        this.#start();
        if (!Number.isInteger(at) || at <= this.#ranTo)
            throw new RangeError(`timeline action at ${at} ms: the simulation already ran to ${this.#ranTo} ms`);
        this.#queue.push(at, { owner: null, timer: timelineDue(action) }, Priority.Fault);
    }
    /** When the next timer is due (Infinity when none): a driver that paces the run reads it. */
    get nextDue() {
        return this.#queue.peekTime();
    }
    get stopped() {
        return this.#stopped;
    }
    /**
     * Ends the run at `t` as the `until` sentinel would: everything due at or before `t` happens,
     * then SimulationStopped at `t`. A served session ends this way at its last virtual instant.
     */
    stopAt(t) {
        this.runUntil(t);
        if (!this.#stopped) {
            this.clock.advanceTo(Math.max(t, this.clock.now));
            this.#stopped = true;
            this.#out.emit({ type: 'SimulationStopped', at: this.clock.now });
            this.#flush();
        }
        this.events$.complete();
        this.batches$.complete();
        this.#facts$.complete();
        return this.#state;
    }
    /** Runs to the scenario's `until`. */
    run() {
        const s = this.runUntil(this.#until);
        this.events$.complete();
        this.batches$.complete();
        this.#facts$.complete();
        return s;
    }
    get eventCount() {
        return this.#seq;
    }
}
