import type { KubeObject } from '../api/types.js';
import type { ClusterEvent } from '../events/index.js';
import type { ClusterState } from '../reducers/state.js';
import type { TimelineAction } from '../scenario/types.js';
import type { Driver } from './drivers.js';
import type { Received } from '../output/events/record.js';
import { EventRecorder, eventObject } from './events.js';
import { all, lookup } from './view.js';
import { METRICS_STORES } from './metrics.js';
import { keyOf } from '../api/ids.js';
import { NAMESPACE_BOOTSTRAP } from '../api/namespaceBootstrap.js';
import { History, mergeByRv, type Change, type WatchLine, type WatchType } from './history.js';

export type { Change, WatchLine, WatchType } from './history.js';

/**
 * An Event's change: ADDED when the recorder created it, MODIFIED when a repeat updated it. The
 * Event object is made from what the server received only when someone reads it.
 */
class EventChange implements Change {
  readonly store = 'events';
  lines?: Map<string, WatchLine>;
  #object?: KubeObject;
  constructor(readonly received: Received, private readonly startTime: number, readonly rv: number) {}
  get type(): WatchType { return this.received.created ? 'ADDED' : 'MODIFIED'; }
  get key(): string { return keyOfEvent(this.object); }
  get object(): KubeObject { return (this.#object ??= eventObject(this.received, this.startTime)); }
}

const keyOfEvent = (o: KubeObject): string => `${o.metadata.namespace}/${o.metadata.name}`;

/** A stored object as lists read it: with its key and resourceVersion. */
export interface Listed { readonly o: KubeObject; readonly key: string; readonly rv: number }

/** How many changes are kept for watches that start from an older resourceVersion (the watch cache). */
const HISTORY = 50_000;
/** Events kept, as the API server keeps them for their TTL (1 h by default): the newest ones. */
const MAX_EVENTS = 50_000;
/** Facts whose Events may wait to be made (nobody reads Events): at most this many, to bound what is kept. */
const MAX_UNREAD_FACTS = 100_000;

/**
 * The stores an event may have changed: its pod, node, or object (resource + key); a namespace's
 * also what every namespace holds (its `default` ServiceAccount, ...), made and gone with it.
 */
function touched(e: ClusterEvent): [string, string][] {
  const f = e as { pod?: string; uid?: string; node?: string; resource?: string; key?: string };
  const out: [string, string][] = [];
  if (typeof f.pod === 'string') out.push(['pods', f.pod]);
  if (typeof f.node === 'string') out.push(['nodes', f.node]);
  if (typeof f.resource === 'string' && typeof f.key === 'string' && e.type !== 'ControllerEvent') {
    out.push([f.resource, f.key]);
    if (f.resource === 'namespaces') {
      for (const [resource, { name }] of Object.entries(NAMESPACE_BOOTSTRAP)) out.push([resource, `${f.key}/${name}`]);
    }
  }
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
  /** Changes of stored objects, and of Events (made later than the facts that caused them: see #unread). */
  readonly #history = new History(HISTORY);
  readonly #eventHistory = new History(HISTORY);
  /**
   * Batches of facts whose Events are not made yet: Events are made when someone reads or
   * watches them (or when too many facts wait), from the same facts in the same order at the
   * same resourceVersions, so what is served is the same; a cluster whose Events nobody reads
   * does not make them.
   */
  #unread: { events: readonly ClusterEvent[]; rv: number; startTime: number }[] = [];
  #unreadFacts = 0;
  /** The served Events by the recorder's key, least recently updated first, as their last change shows them. */
  #events = new Map<string, EventChange>();
  readonly #recorder = new EventRecorder();
  /** The served Events by namespace/name, made when first read after a change. */
  #eventIndex: Map<string, EventChange> | undefined;
  /** Per store: who is told of its changes. */
  #listeners = new Map<string, Set<(c: Change) => void>>();
  /** Per store: the resourceVersion of its last change, and its objects sorted by key as of then. */
  #storeRv = new Map<string, number>();
  #sorted = new Map<string, { rv: number; items: readonly Listed[] }>();
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
  /** The oldest resourceVersion a watch of `store` may start from (older: 410 Gone). */
  oldestRv(store: string): number { return (store === 'events' ? this.#eventHistory : this.#history).start; }

  /** An object's resourceVersion; an Event's is that of the batch that last updated it. */
  rvOf(store: string, key: string): number {
    if (METRICS_STORES[store]) return this.#rv;
    if (store === 'events') return this.#eventByKey().get(key)?.rv ?? 0;
    return this.#rvs.get(`${store}|${key}`) ?? 0;
  }

  get(store: string, key: string): KubeObject | undefined {
    if (METRICS_STORES[store]) return this.#metrics(store).find((o) => keyOf(o) === key);
    if (store !== 'events') return lookup(this.state, store, key);
    return this.#eventByKey().get(key)?.object;
  }

  /** A metrics store's objects at the served instant (a replayed log has no usage model: no behaviour rules). */
  #metrics(store: string): KubeObject[] {
    return METRICS_STORES[store](this.state, this.driver.usage ?? { behaviors: [] }, Math.max(0, this.#now),
      this.state.startTime);
  }

  events(): KubeObject[] {
    this.#makeEvents();
    return [...this.#events.values()].map((c) => c.object);
  }

  #eventByKey(): Map<string, EventChange> {
    this.#makeEvents();
    return (this.#eventIndex ??= new Map([...this.#events.values()].map((c) => [c.key, c])));
  }

  /**
   * A store's objects sorted by key (namespace/name) with their resourceVersions: made once
   * per change of the store, so repeated lists of an unchanged store cost no sort.
   */
  sorted(store: string): readonly Listed[] {
    if (METRICS_STORES[store]) {
      return this.#metrics(store).map((o) => ({ o, key: keyOf(o), rv: this.#rv }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    }
    if (store === 'events') this.#makeEvents();
    const rv = this.#storeRv.get(store) ?? 0;
    const hit = this.#sorted.get(store);
    if (hit?.rv === rv) return hit.items;
    const objects = store === 'events' ? this.events() : all(this.state, store);
    const items = objects.map((o) => { const key = keyOf(o); return { o, key, rv: this.rvOf(store, key) }; });
    items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.#sorted.set(store, { rv, items });
    return items;
  }

  /** Moves the clock to `t` (never back), applying every fact due until then. */
  advanceTo(t: number): void {
    if (t <= this.#now) return;
    this.driver.advanceTo(t);
    this.#now = t;
  }

  /**
   * An accepted write: it happens 1 ms after the current instant (everything at `now` has
   * happened already), as timeline actions (several for a deletecollection), and the clock
   * moves there so the answer shows it.
   */
  write(...actions: TimelineAction[]): readonly ClusterEvent[] {
    const at = this.#now + 1;
    for (const action of actions) {
      this.driver.schedule(at, action);
      this.writes.push({ at, action });
    }
    const facts: ClusterEvent[] = [];
    this.#capture = facts;
    try { this.advanceTo(at); } finally { this.#capture = undefined; }
    return facts;
  }

  /** Tells `fn` each change of `store` from now on; returns the unsubscribe. */
  subscribe(store: string, fn: (c: Change) => void): () => void {
    if (store === 'events') this.#makeEvents();
    let fns = this.#listeners.get(store);
    if (!fns) { fns = new Set(); this.#listeners.set(store, fns); }
    fns.add(fn);
    return () => { fns.delete(fn); };
  }

  /**
   * Changes after resourceVersion `rv` (of `store`, or of every store), oldest first; undefined
   * when they are no longer kept.
   */
  since(rv: number, store?: string): readonly Change[] | undefined {
    if (store === 'events') { this.#makeEvents(); return this.#eventHistory.since(rv); }
    const objects = this.#history.since(rv);
    if (!objects || store !== undefined) return objects?.filter((c) => c.store === store);
    this.#makeEvents();
    const events = this.#eventHistory.since(rv);
    return events && mergeByRv(objects, events);
  }

  /** Called by the driver for each applied batch: finds what changed and tells the watchers. */
  onBatch(events: readonly ClusterEvent[], state: ClusterState, lastSeq: number): void {
    const prev = this.#prev;
    this.#prev = state;
    this.#capture?.push(...events);
    this.#rv = lastSeq;
    const seen = new Set<string>();
    for (const e of events) {
      for (const [store, key] of touched(e)) {
        const ref = `${store}|${key}`;
        if (seen.has(ref)) continue;
        seen.add(ref);
        const before = lookup(prev, store, key), after = lookup(state, store, key);
        if (before === after) continue;
        this.#rvs.set(ref, lastSeq);
        this.#storeRv.set(store, lastSeq);
        if (!after) this.#rvs.delete(ref);
        // A pod replaced under the same name (a StatefulSet's) is a deletion and a creation.
        if (before && after && before.metadata.uid !== after.metadata.uid) {
          this.#emit('DELETED', store, key, before);
          this.#emit('ADDED', store, key, after);
        } else this.#emit(!before ? 'ADDED' : !after ? 'DELETED' : 'MODIFIED', store, key, (after ?? before)!);
      }
    }
    this.#unread.push({ events, rv: lastSeq, startTime: state.startTime });
    this.#unreadFacts += events.length;
    if (this.#listeners.get('events')?.size || this.#unreadFacts > MAX_UNREAD_FACTS) this.#makeEvents();
  }

  /** The Events of the facts that wait (see #unread), at their facts' resourceVersions. */
  #makeEvents(): void {
    const unread = this.#unread;
    if (unread.length === 0) return;
    this.#unread = [];
    this.#unreadFacts = 0;
    for (const b of unread) {
      for (const e of b.events) for (const r of this.#recorder.observe(e)) this.#addEvent(
        new EventChange(r, b.startTime, b.rv));
    }
  }

  #addEvent(c: EventChange): void {
    const key = c.received.key;
    this.#events.delete(key);
    this.#events.set(key, c);
    this.#eventIndex = undefined;
    this.#storeRv.set('events', c.rv);
    this.#eventHistory.push(c);
    this.#tell(c);
    // The API server keeps Events for their TTL; kubesim keeps the most recently updated ones.
    if (this.#events.size > MAX_EVENTS * 1.5) {
      for (const k of [...this.#events.keys()].slice(0, this.#events.size - MAX_EVENTS)) this.#events.delete(k);
    }
  }

  #emit(type: WatchType, store: string, key: string, object: KubeObject): void {
    const c: Change = { type, store, key, object, rv: this.#rv };
    this.#history.push(c);
    this.#tell(c);
  }

  #tell(c: Change): void {
    const fns = this.#listeners.get(c.store);
    if (fns) for (const fn of fns) fn(c);
  }
}
