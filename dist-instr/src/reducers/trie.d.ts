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
export interface Node<C> {
    /** The batch that copied this node (it may then change it in place); null for shared nodes. */
    readonly owner: object | null;
    lo: number;
    hi: number;
    /** Present children, in slot order. */
    readonly slots: C[];
}
/** [key0, value0, key1, value1, ...]. */
export type Bucket<V> = readonly (string | V)[];
export type Twig<V> = Node<Bucket<V>>;
export type Branch<V> = Node<Twig<V>>;
/** 64 slots indexed by the hash's low 6 bits. */
export type Root<V> = (Branch<V> | undefined)[];
export declare const EMPTY_ROOT: Root<never>;
/** Population count of a 32-bit integer. */
export declare function pop32(x: number): number;
export declare function child<C>(n: Node<C>, b: number): C | undefined;
/** `n` with slot b set to c: n itself when `owner` already owns it, else a copy owned by `owner`. */
export declare function withChild<C>(n: Node<C> | undefined, b: number, c: C, owner: object): Node<C>;
/** `n` without slot b (owned as in withChild); undefined when nothing is left. */
export declare function withoutChild<C>(n: Node<C>, b: number, owner: object): Node<C> | undefined;
/** The bucket for hash h, if any. */
export declare function bucketAt<V>(root: Root<V>, h: number): Bucket<V> | undefined;
/** Index of `key` in the bucket (even), or -1. */
export declare function indexOfKey<V>(b: Bucket<V>, key: string): number;
/** A new bucket with `key` added where an object would list it. */
export declare function bucketWith<V>(b: Bucket<V> | undefined, key: string, value: V): Bucket<V>;
/** A new bucket with the value at pair index x replaced. */
export declare function bucketReplaced<V>(b: Bucket<V>, x: number, value: V): Bucket<V>;
/** A new bucket without the pair at index x; undefined when it was the only one. */
export declare function bucketWithout<V>(b: Bucket<V>, x: number): Bucket<V> | undefined;
/** Calls f(key, value) for every entry, in iteration order. */
export declare function forEachEntry<V>(root: Root<V>, f: (key: string, value: V) => void): void;
