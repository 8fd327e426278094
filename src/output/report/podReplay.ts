import type { Pod } from '../../api/types.js';
import type { ClusterEvent, EventType } from '../../events/index.js';
import type { CaseReducer, CaseReducers } from '../../reducers/caseReducer.js';
import { containerReducers } from '../../reducers/containers.js';
import { sealBatchOwned } from '../../reducers/batchOwned.js';
import { createDraft, finishDraft, isAutoFreeze, isDraft, type Draft } from '../../reducers/immer.js';
import { podReducers } from '../../reducers/pods.js';
import { probeReducers } from '../../reducers/probes.js';
import { initialState, type ClusterState } from '../../reducers/state.js';
import type { Table } from '../../reducers/table.js';

/**
 * The pods' part of the replay, for the report: the same case reducers as `evolveAll` (pods,
 * containers, probes), run on a state whose pod table is a plain Map written in place and whose
 * indexes (podUids, podsOnNode, podsByOwner, nodes, quota usage) are sinks. A pod's object
 * depends only on the facts about it; the indexes serve the controllers and the scheduler, which
 * the report does not run. The persistent trie behind ClusterState (every old state kept
 * readable) and the indexes were about half of the report's replay of 150,000 pods.
 */
const POD_TABLES: readonly CaseReducers[] = [podReducers, containerReducers, probeReducers];
const DISPATCH = new Map<EventType, CaseReducer<ClusterEvent>[]>();
for (const table of POD_TABLES) {
  for (const [type, fn] of Object.entries(table) as [EventType, CaseReducer<ClusterEvent>][]) {
    const fns = DISPATCH.get(type) ?? [];
    fns.push(fn);
    DISPATCH.set(type, fns);
  }
}

/** Whether a fact changes a pod's object (only these go to PodReplay). */
export const changesPods = (type: EventType): boolean => DISPATCH.has(type);

/**
 * A Table in a Map, written in place: no old version stays readable. `get` hands out immer
 * drafts, finished by `finish()`, as a reducer batch does on the trie (table.ts).
 */
class MapTable<V> implements Table<V> {
  readonly #map = new Map<string, V>();
  readonly #drafts = new Map<string, V>();
  get size(): number { return this.#map.size; }
  get transient(): boolean { return true; }
  get(key: string): V | undefined {
    const d = this.#drafts.get(key);
    if (d !== undefined) return d;
    const v = this.#map.get(key);
    if (v === undefined || typeof v !== 'object' || v === null || isDraft(v)) return v;
    const draft = createDraft(v as object) as V;
    this.#drafts.set(key, draft);
    return draft;
  }
  has(key: string): boolean { return this.#map.has(key); }
  latest(key: string): V | undefined { return this.#drafts.get(key) ?? this.#map.get(key); }
  mutable(): V { throw new Error('PodReplay: Table.mutable on the pod table'); }
  own<P extends object>(part: P): P { return part; }
  set(key: string, value: V): void { this.#drafts.delete(key); this.#map.set(key, value); }
  delete(key: string): void { this.#drafts.delete(key); this.#map.delete(key); }
  peek(key: string): V | undefined { return this.#map.get(key); }
  values(): V[] { return [...this.#map.keys()].map((k) => this.latest(k)!); }
  keys(): string[] { return [...this.#map.keys()]; }
  entries(): [string, V][] { return [...this.#map.keys()].map((k) => [k, this.latest(k)!]); }
  beginBatch(): Table<V> { return this; }
  persistent(): Table<V> { return this; }
  /** Finishes the drafts handed out since the last call. */
  finish(): void {
    for (const [k, d] of this.#drafts) this.#map.set(k, finishDraft(d as Draft<object>) as V);
    this.#drafts.clear();
  }
}

/** A Table that keeps nothing: the indexes the pod reducers maintain and the report never reads. */
class SinkTable<V> implements Table<V> {
  get size(): number { return 0; }
  get transient(): boolean { return true; }
  get(): V | undefined { return undefined; }
  has(): boolean { return false; }
  latest(): V | undefined { return undefined; }
  mutable(_key: string, create: () => V): V { return create(); }
  own<P extends object>(part: P): P { return part; }
  set(): void { /* kept nowhere */ }
  delete(): void { /* nothing kept */ }
  peek(): V | undefined { return undefined; }
  values(): V[] { return []; }
  keys(): string[] { return []; }
  entries(): [string, V][] { return []; }
  beginBatch(): Table<V> { return this; }
  persistent(): Table<V> { return this; }
}

export class PodReplay {
  readonly #pods = new MapTable<Pod>();
  readonly #state: Draft<ClusterState>;

  constructor() {
    const sink = new SinkTable<never>();
    this.#state = { ...initialState(), pods: this.#pods, podUids: sink, podsOnNode: sink, podsByOwner: sink,
      nodes: sink, quotaUsage: sink } as unknown as Draft<ClusterState>;
  }

  /** Applies a fact about a pod (changesPods(e.type)); other facts are ignored. */
  apply(e: ClusterEvent): void {
    const fns = DISPATCH.get(e.type);
    if (fns) for (const fn of fns) fn(this.#state, e);
  }

  /**
   * Ends an instant's batch: the pods written through drafts are finished, and the pods the
   * reducers copied in this batch (batchOwned.ts) are no longer changed in place.
   */
  endBatch(): void {
    this.#pods.finish();
    sealBatchOwned(isAutoFreeze());
  }

  /** The pod as it stands after the last batch. */
  pod(uid: string): Pod | undefined { return this.#pods.peek(uid); }

  pods(): Pod[] { return this.#pods.values(); }
}
