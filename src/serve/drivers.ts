import { LOG_FORMAT_VERSION, LogWriter } from '../engine/log.js';
import { Simulation, type ComponentFactory } from '../engine/simulation.js';
import type { ClusterEvent } from '../events/index.js';
import { evolveAll } from '../reducers/index.js';
import { initialState, type ClusterState } from '../reducers/state.js';
import type { UsageModel } from './metrics.js';
import type { Scenario, TimelineAction } from '../scenario/types.js';

/** Receives each applied batch of facts with the state after it and the seq of its last fact. */
export type BatchSink = (events: readonly ClusterEvent[], state: ClusterState, lastSeq: number) => void;

/** What the served cluster runs on: a live simulation or a recorded log. */
export interface Driver {
  readonly state: ClusterState;
  readonly writable: boolean;
  /** Applies everything due at or before `t`. */
  advanceTo(t: number): void;
  /** When the next fact is due (Infinity: nothing is). */
  nextDue(): number;
  /** Queues an accepted write at `at` (live only). */
  schedule(at: number, action: TimelineAction): void;
  /** Ends the session at `t`; returns the log lines when a log was kept. */
  stop(t: number): string[] | undefined;
  /** The scenario's usage model (behaviour rules, Service loads) when the session runs one (live). */
  readonly usage?: UsageModel;
}

/** The served session never stops by itself: its end is the instant the server is closed. */
const NO_END = Number.MAX_SAFE_INTEGER;

/** A live simulation: writes become timeline actions, and the log may be kept for --log. */
export class LiveDriver implements Driver {
  readonly writable = true;
  readonly sim: Simulation;
  #facts: { seq: number; event: ClusterEvent }[] | undefined;

  constructor(readonly scenario: Scenario, opts: { components: readonly ComponentFactory[]; options?: Record<string,
    unknown>; keepLog: boolean }, sink: BatchSink) {
    this.sim = new Simulation(scenario, { components: opts.components,
      ...(opts.options ? { options: opts.options } : {}), until: NO_END });
    if (opts.keepLog) {
      // The header's `until` is known only when the session ends: lines are kept and the
      // header written then (stop), so the file equals `kubesim run session.yaml --log`.
      const facts: { seq: number; event: ClusterEvent }[] = [];
      this.#facts = facts;
      this.sim.events$.subscribe((r) => { facts.push(r); });
    }
    this.sim.batches$.subscribe(({ events, state }) => sink(events, state, this.sim.eventCount));
  }

  get state(): ClusterState { return this.sim.state; }
  get usage(): UsageModel { return this.scenario; }
  advanceTo(t: number): void { this.sim.runUntil(t); }
  nextDue(): number { const t = this.sim.nextDue; return t >= NO_END ? Infinity : t; }
  schedule(at: number, action: TimelineAction): void { this.sim.schedule(at, action); }

  stop(t: number): string[] | undefined {
    this.sim.stopAt(t);
    if (!this.#facts) return undefined;
    const s = this.scenario;
    const out: string[] = [];
    const log = new LogWriter({ kubesimLog: LOG_FORMAT_VERSION, scenario: s.name, seed: s.seed, startTime: s.startTime,
      until: t }, (l) => out.push(l));
    for (const { seq, event } of this.#facts) log.append(seq, event);
    return out;
  }
}

/** A recorded log, read-only: the clock moves through its facts, one batch per virtual instant. */
export class ReplayDriver implements Driver {
  readonly writable = false;
  #state: ClusterState = initialState();
  #i = 0;

  constructor(private readonly events: readonly ClusterEvent[], private readonly sink: BatchSink) {}

  get state(): ClusterState { return this.#state; }

  advanceTo(t: number): void {
    const es = this.events;
    while (this.#i < es.length && es[this.#i].at <= t) {
      const at = es[this.#i].at;
      let j = this.#i;
      while (j < es.length && es[j].at === at) j++;
      const batch = es.slice(this.#i, j);
      this.#state = evolveAll(this.#state, batch);
      this.#i = j;
      this.sink(batch, this.#state, j);
    }
  }

  nextDue(): number { return this.#i < this.events.length ? this.events[this.#i].at : Infinity; }
  schedule(): void { throw new Error('a replayed log is read-only'); }
  stop(): undefined { return undefined; }
}
