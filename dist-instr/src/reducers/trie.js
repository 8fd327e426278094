/**
 * The persistent hash trie under Table (table.ts): three levels indexed by 6-bit slices of the
 * key's hash (bits 0-5, 6-11, 12-17), then a bucket of the keys sharing those 18 bits.
 *
 * Levels are bitmap-compressed (a 64-bit bitmap as two 32-bit halves, and only the present
 * children, in slot order), as in Bagwell's HAMT: at 10,000 pods a twig holds two or three of
 * its 64 possible buckets, so the copy a write makes is a few slots, not 64 (the previous trie
 * copied three full 64-slot arrays per write; at 10,000 binds per batch that was most of the
 * reducers' time and garbage). Buckets are arrays of key/value pairs instead of objects: objects
 * keyed by unique uids give every bucket its own hidden class.
 *
 * Nodes copied within one batch carry that batch's `owner` token and are then updated in place;
 * nodes without it are shared with older states and copied before a change. Buckets are never
 * updated in place (they hold one or two entries).
 *
 * Iteration order: slot order at each level, then bucket order, which follows JavaScript's own
 * key order for objects (canonical array indices ascending, then other keys in insertion order),
 * so that iteration is exactly that of the object-bucket trie this replaces.
 */
export const EMPTY_ROOT = Object.freeze(new Array(64).fill(undefined));
/** Population count of a 32-bit integer. */
export function pop32(x) {
    x = x - ((x >>> 1) & 0x55555555);
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
const hasBit = (n, b) => (b < 32 ? (n.lo & (1 << b)) !== 0
    : (n.hi & (1 << (b - 32))) !== 0);
/** Where slot b's child is (or would go) in n.slots. */
const position = (n, b) => (b < 32 ? pop32(n.lo & ((1 << b) - 1))
    : pop32(n.lo) + pop32(n.hi & ((1 << (b - 32)) - 1)));
export function child(n, b) {
    return hasBit(n, b) ? n.slots[position(n, b)] : undefined;
}
/** `n` with slot b set to c: n itself when `owner` already owns it, else a copy owned by `owner`. */
export function withChild(n, b, c, owner) {
    if (n === undefined)
        return b < 32 ? { owner, lo: 1 << b, hi: 0, slots: [c] }
            : { owner, lo: 0, hi: 1 << (b - 32), slots: [c] };
    const p = position(n, b);
    const present = hasBit(n, b);
    if (n.owner === owner) {
        if (present)
            n.slots[p] = c;
        else {
            n.slots.splice(p, 0, c);
            setBit(n, b);
        }
        return n;
    }
    const slots = n.slots.slice();
    if (present)
        slots[p] = c;
    else
        slots.splice(p, 0, c);
    const copy = { owner, lo: n.lo, hi: n.hi, slots };
    if (!present)
        setBit(copy, b);
    return copy;
}
/** `n` without slot b (owned as in withChild); undefined when nothing is left. */
export function withoutChild(n, b, owner) {
    if (!hasBit(n, b))
        return n;
    if (n.slots.length === 1)
        return undefined;
    const p = position(n, b);
    const m = n.owner === owner ? n : { owner, lo: n.lo, hi: n.hi, slots: n.slots.slice() };
    m.slots.splice(p, 1);
    if (b < 32)
        m.lo &= ~(1 << b);
    else
        m.hi &= ~(1 << (b - 32));
    return m;
}
function setBit(n, b) {
    if (b < 32)
        n.lo |= 1 << b;
    else
        n.hi |= 1 << (b - 32);
}
/** The bucket for hash h, if any. */
export function bucketAt(root, h) {
    const branch = root[h & 63];
    if (branch === undefined)
        return undefined;
    const twig = child(branch, (h >>> 6) & 63);
    return twig === undefined ? undefined : child(twig, (h >>> 12) & 63);
}
/** Index of `key` in the bucket (even), or -1. */
export function indexOfKey(b, key) {
    for (let x = 0; x < b.length; x += 2)
        if (b[x] === key)
            return x;
    return -1;
}
/**
 * The key as a canonical array index (ToString(ToUint32(key)) === key, below 2^32 - 1), or -1:
 * objects list such keys first, in numeric order.
 */
function arrayIndex(key) {
    const c = key.charCodeAt(0);
    if (!(c >= 48 && c <= 57) || key.length > 10)
        return -1;
    const n = Number(key);
    return n < 4294967295 && String(n) === key ? n : -1;
}
/** A new bucket with `key` added where an object would list it. */
export function bucketWith(b, key, value) {
    if (b === undefined)
        return [key, value];
    const n = arrayIndex(key);
    let at = b.length;
    if (n >= 0) {
        at = 0;
        while (at < b.length) {
            const m = arrayIndex(b[at]);
            if (m < 0 || m > n)
                break;
            at += 2;
        }
    }
    const out = b.slice();
    out.splice(at, 0, key, value);
    return out;
}
/** A new bucket with the value at pair index x replaced. */
export function bucketReplaced(b, x, value) {
    const out = b.slice();
    out[x + 1] = value;
    return out;
}
/** A new bucket without the pair at index x; undefined when it was the only one. */
export function bucketWithout(b, x) {
    if (b.length === 2)
        return undefined;
    const out = b.slice();
    out.splice(x, 2);
    return out;
}
/** Calls f(key, value) for every entry, in iteration order. */
export function forEachEntry(root, f) {
    for (let i = 0; i < 64; i++) {
        const branch = root[i];
        if (branch === undefined)
            continue;
        for (const twig of branch.slots)
            for (const b of twig.slots)
                for (let x = 0; x < b.length; x += 2)
                    f(b[x], b[x + 1]);
    }
}
