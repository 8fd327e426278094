/**
 * Parts of the state root (the `objects` record, `nodeNames`) copied once per reducer batch and
 * then changed in place. evolveAll copies the root itself as a plain object instead of drafting
 * it with immer (the batches of pipeline.large hold ~800 facts, each reading a few root fields
 * through immer's proxy), so a reducer that changes such a part takes it from here.
 */
let owned = new Set<object>();
/** Pods and their parts owned by this batch (ownedPod.ts): frozen deeply, they gain new children in place. */
let ownedDeep = new Set<object>();

/** `part` as a shallow copy owned by the current batch (`part` itself once owned). */
export function batchOwned<P extends object>(part: P): P {
  if (owned.has(part)) return part;
  const copy = (Array.isArray(part) ? part.slice() : { ...part }) as P;
  owned.add(copy);
  return copy;
}

/**
 * `part` (a pod or a record or array inside one) as a copy owned by the current batch, `part`
 * itself once owned: the batch's later facts change it in place. Object.assign, not a spread
 * (podUpdate.ts copyOf: a spread copy pays ~300 bytes for each key added to it later).
 */
export function ownedPart<P extends object>(part: P): { -readonly [K in keyof P]: P[K] } {
  if (ownedDeep.has(part)) return part;
  const copy = (Array.isArray(part) ? part.slice() : Object.assign({}, part)) as P;
  ownedDeep.add(copy);
  return copy;
}

/** Whether the current batch owns `part` (ownedPart or adoptPart handed it out). */
export const isOwned = (part: object): boolean => ownedDeep.has(part);

/** A record or array the caller just built (shared with nothing), owned by the batch as it is. */
export function adoptPart<P extends object>(fresh: P): { -readonly [K in keyof P]: P[K] } {
  ownedDeep.add(fresh);
  return fresh;
}

/** Ends the batch: what it owned is frozen when state is frozen as written. */
export function sealBatchOwned(freeze: boolean): void {
  if (freeze) {
    for (const p of owned) Object.freeze(p);
    for (const p of ownedDeep) deepFreeze(p);
  }
  owned = new Set();
  ownedDeep = new Set();
}

/**
 * Deep freeze for plain JSON state (pods): stops at frozen objects, as immer's freeze does, with
 * fewer checks per value (immer also handles drafts, Maps and Sets, which pods never hold).
 */
export function deepFreeze<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  Object.freeze(v);
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) deepFreeze(v[i]);
  else for (const k in v) deepFreeze((v as Record<string, unknown>)[k]);
  return v;
}
