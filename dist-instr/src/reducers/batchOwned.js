/**
 * Parts of the state root (the `objects` record, `nodeNames`) copied once per reducer batch and
 * then changed in place. evolveAll copies the root itself as a plain object instead of drafting
 * it with immer (the batches of pipeline.large hold ~800 facts, each reading a few root fields
 * through immer's proxy), so a reducer that changes such a part takes it from here.
 */
let owned = new Set();
/** `part` as a shallow copy owned by the current batch (`part` itself once owned). */
export function batchOwned(part) {
    if (owned.has(part))
        return part;
    const copy = (Array.isArray(part) ? part.slice() : { ...part });
    owned.add(copy);
    return copy;
}
/** Ends the batch: what it owned is frozen (shallowly) when state is frozen as written. */
export function sealBatchOwned(freeze) {
    if (freeze)
        for (const p of owned)
            Object.freeze(p);
    owned = new Set();
}
