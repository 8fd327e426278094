import { emptyTable } from './table.js';
import { freeze } from './immer.js';
/** Entries per part: a few hundred kilobytes of pods. */
const ENTRIES_PER_PART = 500;
const isTable = (v) => typeof v === 'object' && v !== null
    && typeof v.beginBatch === 'function' && typeof v.entries === 'function';
const holdsTables = (v) => typeof v === 'object' && v !== null
    && !Array.isArray(v) && Object.values(v).some((x) => isTable(x) || holdsTables(x));
/** The parts of a state, in a fixed order (the state's keys, then each table's iteration order). */
export function* stateParts(state) {
    function* walk(v, path) {
        if (isTable(v)) {
            const all = v.entries();
            if (all.length === 0)
                yield { path, entries: [] };
            for (let i = 0; i < all.length; i += ENTRIES_PER_PART)
                yield { path,
                    entries: all.slice(i, i + ENTRIES_PER_PART) };
        }
        else if (holdsTables(v)) {
            for (const [k, x] of Object.entries(v))
                yield* walk(x, [...path, k]);
        }
        else
            yield { path, value: v };
    }
    yield* walk(state, []);
}
/** Rebuilds a state from its parts (deeply frozen, as reducers leave their state). */
export function stateFromParts(parts) {
    const root = {};
    const tables = new Map();
    for (const p of parts) {
        let at = root;
        for (const k of p.path.slice(0, -1))
            at = (at[k] ??= {});
        const last = p.path[p.path.length - 1];
        if ('value' in p) {
            at[last] = p.value;
            continue;
        }
        let t = at[last];
        if (!t) {
            t = emptyTable();
            at[last] = t;
            tables.set(t, []);
        }
        tables.get(t).push(...p.entries);
    }
    const built = new Map();
    for (const [t, entries] of tables) {
        const w = t.beginBatch();
        for (const [k, v] of entries)
            w.set(k, frozen(v));
        built.set(t, w.persistent());
    }
    const swap = (o) => {
        for (const [k, v] of Object.entries(o)) {
            if (isTable(v))
                o[k] = built.get(v);
            else if (holdsTables(v)) {
                swap(v);
                Object.freeze(v);
            }
            else
                freeze(v, true);
        }
    };
    swap(root);
    return Object.freeze(root);
}
/**
 * JSON text of a part (Infinity, -Infinity and NaN as {"$number": "..."}; a Set, as podsByOwner's
 * UidSet chunks are, as {"$set": [...]} in its iteration order).
 */
export const partToJson = (p) => JSON.stringify(p, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? { $number: String(v) } : v instanceof Set ? { $set: [...v] } : v));
const only = (v, key) => Object.keys(v).length === 1 && key in v;
/**
 * Deep freeze of a value read from JSON (a checkpoint's 150,000 pods): plain objects and arrays
 * frozen directly, a Set or Map (podsByOwner's chunks) as immer freezes it (its mutators made to
 * throw), so the state is what reducers would leave. immer's freeze for everything cost several
 * times more per pod.
 */
function frozen(v) {
    if (typeof v !== 'object' || v === null || Object.isFrozen(v))
        return v;
    if (v instanceof Set || v instanceof Map)
        return freeze(v, true);
    Object.freeze(v);
    if (Array.isArray(v))
        for (let i = 0; i < v.length; i++)
            frozen(v[i]);
    else
        for (const k in v)
            frozen(v[k]);
    return v;
}
const reviver = (_k, v) => {
    if (typeof v !== 'object' || v === null)
        return v;
    if (only(v, '$number') && typeof v.$number === 'string')
        return Number(v.$number);
    if (only(v, '$set') && Array.isArray(v.$set))
        return new Set(v.$set);
    return v;
};
/**
 * A part from its JSON text. JSON.parse with a reviver calls it for every value (several times
 * slower on a part of 500 pods): it is used only when the text holds one of the two markers.
 */
export const partFromJson = (text) => (text.includes('"$number"') || text.includes('"$set"')
    ? JSON.parse(text, reviver) : JSON.parse(text));
