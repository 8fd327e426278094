import type { KubeObject } from '../api/types.js';

export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One encoded watch event: JSON text (joined with its neighbours, encoded once per flush) or bytes. */
export type WatchLine = string | Buffer;

/** One change of one object, as every watcher of its resource sees it. */
export interface Change {
  readonly type: WatchType;
  readonly store: string;
  readonly key: string;
  /** The object after the change (before it, for DELETED). */
  readonly object: KubeObject;
  readonly rv: number;
  /** The serialised watch line per served form, filled by the first watcher that needs it. */
  lines?: Map<string, WatchLine>;
}

/**
 * The changes kept for watches that start from an older resourceVersion (the API server's watch
 * cache), oldest first: when more than `limit` pile up, the older half is let go.
 */
export class History {
  #changes: Change[] = [];
  #start = 0;

  constructor(private readonly limit: number) {}

  /** The oldest resourceVersion a watch may start from (older: 410 Gone). */
  get start(): number { return this.#start; }

  push(c: Change): void {
    this.#changes.push(c);
    if (this.#changes.length > this.limit) {
      const drop = this.#changes.length - this.limit / 2;
      this.#start = this.#changes[drop - 1].rv;
      this.#changes = this.#changes.slice(drop);
    }
  }

  /** Changes after resourceVersion `rv`, oldest first; undefined when they are no longer kept. */
  since(rv: number): readonly Change[] | undefined {
    if (rv < this.#start) return undefined;
    const h = this.#changes;
    let lo = 0, hi = h.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (h[mid].rv <= rv) lo = mid + 1; else hi = mid; }
    return h.slice(lo);
  }
}

/** Two runs of changes, each in resourceVersion order, as one (on a tie, `a`'s first). */
export function mergeByRv(a: readonly Change[], b: readonly Change[]): Change[] {
  if (b.length === 0) return a.slice();
  const out: Change[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].rv <= b[j].rv) ? a[i++]
    : b[j++]);
  return out;
}
