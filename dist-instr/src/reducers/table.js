import { isDraft, isDraftable } from 'immer';
import { createDraft, finishDraft, isAutoFreeze } from './immer.js';
import { fnv1a32 } from '../util/hash.js';
import { bucketAt, bucketReplaced, bucketWith, bucketWithout, child, EMPTY_ROOT, forEachEntry, indexOfKey, withChild, withoutChild } from './trie.js';
const shallowCopy = (v) => (Array.isArray(v) ? v.slice() : v instanceof Set ? new Set(v) : { ...v });
class TrieTable {
    root;
    count;
    /** Drafts handed out during a batch: key -> draft of the value. */
    #drafts;
    /** This batch's token: trie nodes carrying it were copied in this batch and may change in place. */
    #owner;
    #rootOwned = false;
    /** Values handed out by mutable() in this batch: plain copies, frozen by persistent(). */
    #mutable;
    constructor(root, count, transient) {
        this.root = root;
        this.count = count;
        if (transient) {
            this.#drafts = new Map();
            this.#owner = {};
        }
    }
    static empty() {
        return new TrieTable(EMPTY_ROOT, 0, false);
    }
    get size() {
        return this.count;
    }
    get transient() {
        return this.#drafts !== undefined;
    }
    /** A writable view for one batch of reducers; `persistent()` seals it. */
    beginBatch() {
        return new TrieTable(this.root, this.count, true);
    }
    /** Finishes the drafts handed out in this batch and seals the table. */
    persistent() {
        if (!this.#drafts)
            return this;
        for (const [key, draft] of this.#drafts)
            this.#write(key, finishDraft(draft));
        // Shallow: mutable() is for flat records (index sets of uid -> true).
        if (this.#mutable && isAutoFreeze())
            for (const v of this.#mutable)
                Object.freeze(v);
        return new TrieTable(this.root, this.count, false);
    }
    /** The stored value (not a draft), or undefined. */
    #stored(key) {
        const b = bucketAt(this.root, fnv1a32(key));
        if (b === undefined)
            return undefined;
        const x = indexOfKey(b, key);
        return x < 0 ? undefined : b[x + 1];
    }
    get(key) {
        const drafts = this.#drafts;
        if (drafts) {
            const d = drafts.get(key);
            if (d !== undefined)
                return d;
        }
        const v = this.#stored(key);
        if (v === undefined || !drafts || !isDraftable(v) || isDraft(v))
            return v;
        const d = createDraft(v);
        drafts.set(key, d);
        return d;
    }
    has(key) {
        const b = bucketAt(this.root, fnv1a32(key));
        return b !== undefined && indexOfKey(b, key) >= 0;
    }
    latest(key) {
        const d = this.#drafts?.get(key);
        return d !== undefined ? d : this.#stored(key);
    }
    mutable(key, create) {
        const drafts = this.#drafts;
        if (!drafts)
            throw new Error('Table.mutable outside a reducer batch: tables are immutable outside evolveAll');
        // A draft handed out earlier in this batch holds edits: fold them in first.
        const d = drafts.get(key);
        if (d !== undefined) {
            drafts.delete(key);
            this.#write(key, finishDraft(d));
        }
        const v = this.#stored(key);
        if (v !== undefined && this.#mutable?.has(v))
            return v;
        const copy = v === undefined ? create() : shallowCopy(v);
        (this.#mutable ??= new Set()).add(copy);
        this.#write(key, copy);
        return copy;
    }
    own(part, fresh = false) {
        if (!this.#drafts)
            throw new Error('Table.own outside a reducer batch: tables are immutable outside evolveAll');
        const mine = (this.#mutable ??= new Set());
        if (mine.has(part))
            return part;
        const copy = fresh ? part : shallowCopy(part);
        mine.add(copy);
        return copy;
    }
    peek(key) {
        return this.#stored(key);
    }
    set(key, value) {
        if (!this.#drafts)
            throw new Error('Table.set outside a reducer batch: tables are immutable outside evolveAll');
        this.#drafts.delete(key);
        this.#write(key, value);
    }
    delete(key) {
        if (!this.#drafts)
            throw new Error('Table.delete outside a reducer batch: tables are immutable outside evolveAll');
        this.#drafts.delete(key);
        const h = fnv1a32(key);
        const b = bucketAt(this.root, h);
        const x = b === undefined ? -1 : indexOfKey(b, key);
        if (x < 0)
            return;
        this.#put(h, bucketWithout(b, x));
        this.count--;
    }
    #write(key, value) {
        const h = fnv1a32(key);
        const b = bucketAt(this.root, h);
        const x = b === undefined ? -1 : indexOfKey(b, key);
        if (x >= 0) {
            if (b[x + 1] === value)
                return;
            this.#put(h, bucketReplaced(b, x, value));
        }
        else {
            this.#put(h, bucketWith(b, key, value));
            this.count++;
        }
    }
    /** Puts the bucket for hash h (undefined: removes it), copying the path on the first write of this batch. */
    #put(h, bucket) {
        const owner = this.#owner;
        if (!this.#rootOwned) {
            this.root = this.root.slice();
            this.#rootOwned = true;
        }
        const i = h & 63, j = (h >>> 6) & 63, k = (h >>> 12) & 63;
        const branch = this.root[i];
        const twig = branch === undefined ? undefined : child(branch, j);
        let nextTwig;
        if (bucket !== undefined)
            nextTwig = withChild(twig, k, bucket, owner);
        else
            nextTwig = twig === undefined ? undefined : withoutChild(twig, k, owner);
        if (nextTwig !== undefined)
            this.root[i] = withChild(branch, j, nextTwig, owner);
        else if (branch !== undefined)
            this.root[i] = withoutChild(branch, j, owner);
    }
    values() {
        const out = [];
        const drafts = this.#drafts;
        forEachEntry(this.root, (k, v) => { out.push(drafts?.get(k) ?? v); });
        return out;
    }
    entries() {
        const out = [];
        const drafts = this.#drafts;
        forEachEntry(this.root, (k, v) => { out.push([k, drafts?.get(k) ?? v]); });
        return out;
    }
    keys() {
        const out = [];
        forEachEntry(this.root, (k) => { out.push(k); });
        return out;
    }
}
export const emptyTable = () => TrieTable.empty();
export const tget = (t, key) => t.get(key);
export const thas = (t, key) => t.has(key);
/**
 * The entry as it stands in the current batch (its draft, if one was handed out), without making a draft of it:
 * read-only.
 */
export const tlatest = (t, key) => t.latest(key);
/** Inside a reducer: the entry as a plain object owned by this batch, created when absent; mutate it in place. */
export const tmutable = (t, key, create) => t.mutable(key, create);
/** Sets an entry (inside a reducer batch). */
export const tset = (t, key, value) => t.set(key, value);
/** Deletes an entry (inside a reducer batch). */
export const tdel = (t, key) => t.delete(key);
export const tvalues = (t) => t.values();
export const tkeys = (t) => t.keys();
/** Inside a reducer: the entry as an immer draft, to mutate in place. */
export const tdraft = (t, key) => t.get(key);
