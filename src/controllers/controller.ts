import { Priority } from '../clock/eventQueue.js';
import type { Rng } from '../clock/rng.js';
import type { Outbox, Timer } from '../decider/outbox.js';
import type { ClusterEvent, EventType } from '../events/index.js';
import type { Millis, ObjectKey } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import type { Component, ComponentContext } from '../decider/component.js';
import type { Scenario, TimelineAction } from '../scenario/types.js';

/** What a sync may use besides the state: the controller's own random stream and the outbox. */
export interface SyncContext {
  readonly now: Millis;
  readonly rng: Rng;
  /** Emits facts (PodCreated via admitPod, ObjectStatusUpdated, ControllerEvent, ...). */
  readonly out: Outbox;
  readonly scenario: Scenario;
  /** The Simulation's free-form options (explainScheduling, a scheduler profile, ...). */
  readonly options?: Readonly<Record<string, unknown>>;
  /**
   * The controller's own informer-style cache, when its definition has one (ControllerDef.cache).
   * Absent when a sync runs outside a simulation (tests): syncs must then read the state.
   */
  readonly cache?: ControllerCache;
}

/**
 * Derived data a controller keeps between syncs, as kube-controller-manager's informers keep
 * indexed caches: fed every batch of facts, and never the source of truth (a sync can always
 * recompute from the state). One per controller per simulation.
 */
export interface ControllerCache {
  observe(events: readonly ClusterEvent[], state: ClusterState, prev: ClusterState): void;
}

export interface SyncResult {
  /** Sync this key again after this delay (queue.AddAfter in client-go), e.g. minReadySeconds. */
  readonly requeueAfter?: Millis;
}

/**
 * A level-driven controller in kube-controller-manager's shape: `keysFor` maps a fact to the
 * keys it concerns (the informer event handlers: addPod -> resolveControllerRef -> enqueue), and
 * `sync` reconciles one key from the current state (syncReplicaSet, syncDeployment, ...).
 * A sync must give the same facts whether it runs once or twice on the same state.
 */
export interface ControllerDef {
  readonly name: string;
  /**
   * `prev` is the state before the event's batch: it still holds what the event removed (the
   * pod a PodDeleted names, with its owner), as an informer's delete handler still has the object.
   */
  keysFor(event: ClusterEvent, state: ClusterState, prev: ClusterState): readonly ObjectKey[];
  /**
   * The indexes, in order, of a batch's facts that keysFor may return keys for (owner-keyed dispatch:
   * ownerFacts.ts); keysFor is asked only those. Absent or undefined: every fact is asked.
   */
  factsFor?(events: readonly ClusterEvent[], state: ClusterState, prev: ClusterState): readonly number[] | undefined;
  /**
   * The fact types keysFor may return keys for or learn from (a controller's working memory, such as
   * the Job controller's pod owners): keysFor is asked only facts of these types (without factsFor).
   * Absent: every fact. Most facts are the kubelet's and the scheduler's, which a dozen controllers
   * used to be asked one by one. The Simulation option `checkFactTypes` asks every fact and fails on
   * keys for one of another type (factTypes.prop.test.ts).
   */
  readonly factTypes?: readonly EventType[];
  sync(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void;
  /** Keys to sync at start (every existing object). */
  initialKeys?(state: ClusterState): readonly ObjectKey[];
  /** Creates the controller's cache (see ControllerCache), once per simulation. */
  createCache?(): ControllerCache;
  /** Optional timeline actions this controller carries out (rolloutUndo, drain, ...). */
  act?(action: TimelineAction, state: ClusterState, ctx: SyncContext): boolean;
}

/**
 * What keysFor returns for a fact that concerns no key: one shared empty list. keysFor runs for
 * every fact and every controller, and an `[]` literal there was ~1 KB of garbage per fact.
 */
export const NO_KEYS: readonly ObjectKey[] = Object.freeze([]);

/**
 * A bit per fact type, the type's number mod 31 (30 bits, then again from the first): types that
 * share a bit only let a batch through to the per-fact test, never hide a fact.
 */
const TYPE_BITS = new Map<string, number>();
function typeBit(type: string): number {
  let b = TYPE_BITS.get(type);
  if (b === undefined) { b = 1 << (TYPE_BITS.size % 31); TYPE_BITS.set(type, b); }
  return b;
}

let maskEvents: readonly ClusterEvent[] | undefined, maskState: ClusterState | undefined, mask = 0;
/** The bits of a batch's fact types: computed by the first controller that observes the batch. */
function typesMask(events: readonly ClusterEvent[], state: ClusterState): number {
  if (events !== maskEvents || state !== maskState) {
    let m = 0;
    for (let i = 0; i < events.length; i++) m |= typeBit(events[i].type);
    maskEvents = events; maskState = state; mask = m;
  }
  return mask;
}

type SyncDue = Timer & { readonly kind: string; readonly key: ObjectKey };

/**
 * Runs one ControllerDef as an engine component: a deduplicating work queue whose syncs run at
 * Priority.Controller, after the facts of the instant that triggered them.
 */
export class ControllerComponent implements Component<SyncDue> {
  readonly name: string;
  readonly timerKinds: readonly string[];
  readonly #kind: string;
  /** Keys with a sync already queued for the current instant (client-go's dirty set). */
  #dirty = new Set<ObjectKey>();
  #dirtyAt = -1;
  /** The state as of the previous batch: the state before the batch being observed. */
  #prev: ClusterState | undefined;
  /**
   * Earliest pending delayed sync per key: a later requeue is dropped while an earlier one is
   * pending, since that sync recomputes when to requeue (client-go's AddAfter also coalesces).
   */
  #delayed = new Map<ObjectKey, Millis>();
  readonly #cache: ControllerCache | undefined;
  readonly #types: ReadonlySet<string> | undefined;
  /** The bits of #types (typeBit): a batch whose typesMask shares none has no fact of these types. */
  readonly #typesMask: number;
  readonly #checkTypes: boolean;

  constructor(private readonly def: ControllerDef, private readonly scenario: Scenario, private readonly rng: Rng,
    private readonly options: Readonly<Record<string, unknown>> = {}) {
    this.name = def.name;
    this.#kind = `Sync:${def.name}`;
    this.timerKinds = [this.#kind];
    this.#cache = def.createCache?.();
    this.#types = def.factTypes ? new Set(def.factTypes) : undefined;
    this.#typesMask = (def.factTypes ?? []).reduce((m, t) => m | typeBit(t), 0);
    this.#checkTypes = options.checkFactTypes === true;
  }

  #enqueue(key: ObjectKey, out: Outbox, delay = 0): void {
    if (delay === 0) {
      if (this.#dirtyAt !== out.now) { this.#dirty.clear(); this.#dirtyAt = out.now; }
      if (this.#dirty.has(key)) return;
      this.#dirty.add(key);
    } else {
      const at = out.now + delay, pending = this.#delayed.get(key);
      if (pending !== undefined && pending >= out.now && pending <= at) return;
      this.#delayed.set(key, at);
    }
    const due: SyncDue = { kind: this.#kind, key };
    out.after(delay, due, Priority.Controller);
  }

  start(state: ClusterState, out: Outbox): void {
    this.#prev = state;
    for (const k of this.def.initialKeys?.(state) ?? []) this.#enqueue(k, out);
  }

  observe(events: readonly ClusterEvent[], state: ClusterState, out: Outbox): void {
    const prev = this.#prev ?? state;
    this.#prev = state;
    this.#cache?.observe(events, state, prev);
    const def = this.def;
    const only = def.factsFor?.(events, state, prev);
    if (only) {
      for (let i = 0; i < only.length; i++) {
        const keys = def.keysFor(events[only[i]], state, prev);
        for (let j = 0; j < keys.length; j++) this.#enqueue(keys[j], out);
      }
      return;
    }
    // Index loops: this runs for every fact and every controller (a for-of over a list that a
    // megamorphic keysFor returned was an iterator object per fact).
    const types = this.#types;
    // Most batches are the kubelet's and the scheduler's facts: no fact of this controller's types.
    if (types !== undefined && !this.#checkTypes && (typesMask(events, state) & this.#typesMask) === 0) return;
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      if (types !== undefined && !types.has(e.type)) {
        if (this.#checkTypes) this.#checkSkipped(e, state, prev);
        continue;
      }
      const keys = def.keysFor(e, state, prev);
      for (let j = 0; j < keys.length; j++) this.#enqueue(keys[j], out);
    }
  }

  /** With the option checkFactTypes: a fact outside factTypes must give no keys. */
  #checkSkipped(e: ClusterEvent, state: ClusterState, prev: ClusterState): void {
    const keys = this.def.keysFor(e, state, prev);
    if (keys.length > 0) throw new Error(`${this.name}: keysFor gave ${keys.join(', ')} for ${e.type}, `
      + 'a fact type outside its factTypes');
  }

  act(action: TimelineAction, state: ClusterState, out: Outbox): boolean {
    return this.def.act?.(action, state, this.#ctx(out)) ?? false;
  }

  fire(timer: SyncDue, state: ClusterState, out: Outbox): void {
    const { key } = timer;
    if (this.#dirtyAt === out.now) this.#dirty.delete(key);
    if (this.#delayed.get(key) === out.now) this.#delayed.delete(key);
    const r = this.def.sync(key, state, this.#ctx(out));
    if (r && r.requeueAfter !== undefined) this.#enqueue(key, out, Math.max(0, Math.round(r.requeueAfter)));
  }

  #ctx(out: Outbox): SyncContext {
    return { now: out.now, rng: this.rng, out, scenario: this.scenario, options: this.options,
      ...(this.#cache ? { cache: this.#cache } : {}) };
  }
}

/** A ComponentFactory for a controller definition. */
export const controller = (def: ControllerDef) => ({
  name: def.name,
  create: (scenario: Scenario, ctx: ComponentContext) => new ControllerComponent(def, scenario, ctx.rng, ctx.options),
});
