import type { ClusterState } from './state.js';
import { emptyTable, type Table } from './table.js';
import { freeze } from './immer.js';

/**
 * The state as a sequence of JSON-able parts and back: what a checkpoint stores (engine/checkpoint.ts).
 * Parts, not one value, so a state of 150,000 pods is written and read in pieces of bounded size.
 * Generic over the state's shape: a Table becomes its entries in iteration order (rebuilt by
 * inserting them in that order, which gives the same order back: table.ts), a record holding
 * Tables is walked, anything else is one value. Numbers JSON cannot hold (Infinity, NaN) are kept.
 */
export type StatePart =
  | { readonly path: readonly string[]; readonly value: unknown }
  | { readonly path: readonly string[]; readonly entries: readonly (readonly [string, unknown])[] };

/** Entries per part: a few hundred kilobytes of pods. */
const ENTRIES_PER_PART = 500;

const isTable = (v: unknown): v is Table<unknown> => typeof v === 'object' && v !== null
  && typeof (v as Table<unknown>).beginBatch === 'function' && typeof (v as Table<unknown>).entries === 'function';
const holdsTables = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
  && !Array.isArray(v) && Object.values(v).some((x) => isTable(x) || holdsTables(x));

/** The parts of a state, in a fixed order (the state's keys, then each table's iteration order). */
export function* stateParts(state: ClusterState): Generator<StatePart> {
  function* walk(v: unknown, path: string[]): Generator<StatePart> {
    if (isTable(v)) {
      const all = v.entries();
      if (all.length === 0) yield { path, entries: [] };
      for (let i = 0; i < all.length; i += ENTRIES_PER_PART) yield { path,
        entries: all.slice(i, i + ENTRIES_PER_PART) };
    } else if (holdsTables(v)) {
      for (const [k, x] of Object.entries(v)) yield* walk(x, [...path, k]);
    } else yield { path, value: v };
  }
  yield* walk(state, []);
}

/** Rebuilds a state from its parts (deeply frozen, as reducers leave their state). */
export function stateFromParts(parts: Iterable<StatePart>): ClusterState {
  const root: Record<string, unknown> = {};
  const tables = new Map<Table<unknown>, [string, unknown][]>();
  for (const p of parts) {
    let at = root;
    for (const k of p.path.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    const last = p.path[p.path.length - 1];
    if ('value' in p) { at[last] = p.value; continue; }
    let t = at[last] as Table<unknown> | undefined;
    if (!t) { t = emptyTable(); at[last] = t; tables.set(t, []); }
    tables.get(t)!.push(...(p.entries as [string, unknown][]));
  }
  const built = new Map<Table<unknown>, Table<unknown>>();
  for (const [t, entries] of tables) {
    const w = t.beginBatch();
    for (const [k, v] of entries) w.set(k, frozen(v));
    built.set(t, w.persistent());
  }
  const swap = (o: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(o)) {
      if (isTable(v)) o[k] = built.get(v);
      else if (holdsTables(v)) { swap(v); Object.freeze(v); } else freeze(v, true);
    }
  };
  swap(root);
  return Object.freeze(root) as unknown as ClusterState;
}

/**
 * JSON text of a part (Infinity, -Infinity and NaN as {"$number": "..."}; a Set, as podsByOwner's
 * UidSet chunks are, as {"$set": [...]} in its iteration order).
 */
export const partToJson = (p: StatePart): string => JSON.stringify(p, (_k, v: unknown) =>
  (typeof v === 'number' && !Number.isFinite(v) ? { $number: String(v) } : v instanceof Set ? { $set: [...v] } : v));

const only = (v: object, key: string): boolean => Object.keys(v).length === 1 && key in v;

/**
 * Deep freeze of a value read from JSON (a checkpoint's 150,000 pods): plain objects and arrays
 * frozen directly, a Set or Map (podsByOwner's chunks) as immer freezes it (its mutators made to
 * throw), so the state is what reducers would leave. immer's freeze for everything cost several
 * times more per pod.
 */
function frozen<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  if (v instanceof Set || v instanceof Map) return freeze(v, true);
  Object.freeze(v);
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) frozen(v[i]);
  else for (const k in v) frozen((v as Record<string, unknown>)[k]);
  return v;
}

const reviver = (_k: string, v: unknown): unknown => {
  if (typeof v !== 'object' || v === null) return v;
  if (only(v, '$number') && typeof (v as { $number?: unknown }).$number === 'string') return Number(
    (v as { $number: string }).$number);
  if (only(v, '$set') && Array.isArray((v as { $set?: unknown }).$set)) return new Set((v as { $set: unknown[] }).$set);
  return v;
};

/**
 * A part from its JSON text. JSON.parse with a reviver calls it for every value (several times
 * slower on a part of 500 pods): it is used only when the text holds one of the two markers.
 */
export const partFromJson = (text: string): StatePart => (text.includes('"$number"') || text.includes('"$set"')
  ? JSON.parse(text, reviver) : JSON.parse(text)) as StatePart;
