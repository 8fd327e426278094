import type { KubeObject } from '../api/types.js';
import type { ClusterEvent } from '../events/index.js';
import type { ClusterState } from '../reducers/state.js';
import type { TimelineAction } from '../scenario/types.js';
import type { Driver } from './drivers.js';
import { eventObject } from './events.js';
import { lookup } from './view.js';

export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One change of one object, as every watcher of its resource sees it. */
export interface Change {
  readonly type: WatchType;
  readonly store: string;
  readonly key: string;
  /** The object after the change (before it, for DELETED). */
  readonly object: KubeObject;
  readonly rv: number;
  /** The serialised watch line per served form, filled by the first watcher that needs it. */
  readonly lines: Map<string, string>;
}

/** How many changes are kept for watches that start from an older resourceVersion (the watch cache). */
const HISTORY = 200_000;
/** Events kept, as the API server keeps them for their TTL (1 h by default): the newest ones. */
const MAX_EVENTS = 50_000;

/** The stores an event may have changed: its pod, node, or object (resource + key). */
function touched(e: ClusterEvent): [string, string][] {
  const f = e as { pod?: string; uid?: string; node?: string; resource?: string; key?: string };
  const out: [string, string][] = [];
  if (typeof f.pod === 'string') out.push(['pods', f.pod]);
  if (typeof f.node === 'string') out.push(['nodes', f.node]);
  if (typeof f.resource === 'string' && typeof f.key === 'string'
    && e.type !== 'ControllerEvent') out.push([f.resource, f.key]);
  return out;
}

/**
 * The cluster kubesim serves: the driver's state at virtual time `now`, each object's
 * resourceVersion (the seq of the last fact that changed it), Event objects made from the
 * facts, and the stream of changes watches read. Invariant: every fact due at or before `now`
 * has happened, and nothing after it.
 */
export class ServedCluster {
  /** -1 until the first advance: time 0's facts (nodes, manifests) happen on it. */
  #now = -1;
  #rv = 0;
  #rvs = new Map<string, number>();
  #prev: ClusterState;
  #history: Change[] = [];
  #historyStart = 0;
  #events = new Map<string, KubeObject>();
  #listeners = new Set<(c: Change) => void>();
  /** While a write is carried out: the facts it caused (a refusal shows as a Warning fact). */
  #capture: ClusterEvent[] | undefined;
  /** Every accepted write at its instant: what --record appends to the scenario's timeline. */
  readonly writes: { at: number; action: TimelineAction }[] = [];

  /** `driver` must hand its batches to onBatch (the server wires its BatchSink to it). */
  constructor(readonly driver: Driver) {
    this.#prev = driver.state;
  }

  get now(): number { return this.#now; }
  get resourceVersion(): number { return this.#rv; }
  get state(): ClusterState { return this.driver.state; }
  /** The oldest resourceVersion a watch may start from (older: 410 Gone). */
  get oldestRv(): number { return this.#historyStart; }

  rvOf(store: string, key: string): number { return this.#rvs.get(`${store}|${key}`) ?? 0; }

  get(store: string, key: string): KubeObject | undefined {
    return store === 'events' ? this.#events.get(key) : lookup(this.state, store, key);
  }

  events(): KubeObject[] { return [...this.#events.values()]; }

  /** Moves the clock to `t` (never back), applying every fact due until then. */
  advanceTo(t: number): void {
    if (t <= this.#now) return;
    this.driver.advanceTo(t);
    this.#now = t;
  }

  /**
   * An accepted write: it happens 1 ms after the current instant (everything at `now` has
   * happened already), as a timeline action, and the clock moves there so the answer shows it.
   */
  write(action: TimelineAction): readonly ClusterEvent[] {
    const at = this.#now + 1;
    this.driver.schedule(at, action);
    this.writes.push({ at, action });
    const facts: ClusterEvent[] = [];
    this.#capture = facts;
    try { this.advanceTo(at); } finally { this.#capture = undefined; }
    return facts;
  }

  subscribe(fn: (c: Change) => void): () => void {
    this.#listeners.add(fn);
    return () => { this.#listeners.delete(fn); };
  }

  /** Changes after resourceVersion `rv`, oldest first; undefined when they are no longer kept. */
  since(rv: number): readonly Change[] | undefined {
    if (rv < this.#historyStart) return undefined;
    const h = this.#history;
    let lo = 0, hi = h.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (h[mid].rv <= rv) lo = mid + 1; else hi = mid; }
    return h.slice(lo);
  }

  /** Called by the driver for each applied batch: finds what changed and tells the watchers. */
  onBatch(events: readonly ClusterEvent[], state: ClusterState, lastSeq: number): void {
    const prev = this.#prev;
    this.#prev = state;
    this.#capture?.push(...events);
    this.#rv = lastSeq;
    const seen = new Set<string>();
    let seq = lastSeq - events.length;
    for (const e of events) {
      seq++;
      for (const [store, key] of touched(e)) {
        const ref = `${store}|${key}`;
        if (seen.has(ref)) continue;
        seen.add(ref);
        const before = lookup(prev, store, key), after = lookup(state, store, key);
        if (before === after) continue;
        this.#rvs.set(ref, lastSeq);
        if (!after) this.#rvs.delete(ref);
        // A pod replaced under the same name (a StatefulSet's) is a deletion and a creation.
        if (before && after && before.metadata.uid !== after.metadata.uid) {
          this.#emit('DELETED', store, key, before);
          this.#emit('ADDED', store, key, after);
        } else this.#emit(!before ? 'ADDED' : !after ? 'DELETED' : 'MODIFIED', store, key, (after ?? before)!);
      }
      const ev = eventObject(e, seq);
      if (ev) this.#addEvent(ev);
    }
  }

  #addEvent(ev: KubeObject): void {
    const key = `${ev.metadata.namespace}/${ev.metadata.name}`;
    this.#events.set(key, ev);
    this.#rvs.set(`events|${key}`, this.#rv);
    this.#emit('ADDED', 'events', key, ev);
    if (this.#events.size > MAX_EVENTS) {
      const oldest = this.#events.keys().next().value as string;
      this.#events.delete(oldest);
      this.#rvs.delete(`events|${oldest}`);
    }
  }

  #emit(type: WatchType, store: string, key: string, object: KubeObject): void {
    const c: Change = { type, store, key, object, rv: this.#rv, lines: new Map() };
    this.#history.push(c);
    if (this.#history.length > HISTORY) {
      const drop = this.#history.length - HISTORY / 2;
      this.#historyStart = this.#history[drop - 1].rv;
      this.#history = this.#history.slice(drop);
    }
    for (const fn of this.#listeners) fn(c);
  }
}
