import type { ServerResponse } from 'node:http';
import type { Change, ServedCluster, WatchLine } from './cluster.js';

/** A watcher this far behind is closed, as the API server drops watchers that cannot keep up. */
const MAX_BUFFERED = 64 << 20;
/**
 * Pending text past which a group writes at once, without waiting for the simulation to yield:
 * one instant of a 1,000-pod rollout makes ~10 MB of watch lines per form, and its watchers read
 * the first of them while the simulation computes the rest, instead of all of them after it.
 */
const FLUSH_CHARS = 256 << 10;

/** One watch response in a group. */
export interface Member {
  readonly res: ServerResponse;
  /** The resourceVersion of the last change written to it (bookmarks say when the cluster moved past it). */
  lastRv: number;
  /** Changes already pending when it joined (its backlog had them): not written to it again. */
  skip: number;
  /** A Table watch's first line carries the column definitions: this member's own encoding of its first change. */
  firstLine?: (c: Change) => WatchLine;
  close(): void;
}

/** Lines as one buffer: text is joined first, so a slice of JSON lines is encoded to UTF-8 in one pass. */
export function joinLines(lines: readonly WatchLine[]): Buffer {
  if (lines.every((l) => typeof l === 'string')) return Buffer.from(lines.join(''));
  return Buffer.concat(lines.map((l) => (typeof l === 'string' ? Buffer.from(l) : l)));
}

/**
 * Watchers that see the same changes in the same form (resource, version, List or Table form,
 * namespace and selectors): each change's line is encoded once (and shared with other groups of
 * the same form through Change.lines), and the lines gathered while the simulation runs are
 * joined into one buffer written, the same bytes, to every member once the simulation yields
 * (or once FLUSH_CHARS pile up): one write per watcher per slice of the clock, so many watchers
 * do not slow the run.
 */
export class WatchGroup {
  readonly members = new Set<Member>();
  #pending: { c: Change; line: WatchLine }[] = [];
  #pendingChars = 0;
  #flushQueued = false;
  #unsubscribe: (() => void) | undefined;

  constructor(private readonly cluster: ServedCluster, readonly store: string, readonly form: string,
    private readonly match: (c: Change) => boolean, private readonly line: (c: Change) => WatchLine,
    private readonly onEmpty: () => void) {}

  join(m: Member): void {
    m.skip = this.#pending.length;
    this.members.add(m);
    this.#unsubscribe ??= this.cluster.subscribe(this.store, (c) => this.#receive(c));
  }

  leave(m: Member): void {
    this.members.delete(m);
    if (this.members.size > 0) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#pending = [];
    this.#pendingChars = 0;
    this.onEmpty();
  }

  #receive(c: Change): void {
    if (!this.match(c)) return;
    const lines = (c.lines ??= new Map());
    let l = lines.get(this.form);
    if (l === undefined) { l = this.line(c); lines.set(this.form, l); }
    this.#pending.push({ c, line: l });
    this.#pendingChars += l.length;
    if (this.#pendingChars >= FLUSH_CHARS) this.flush();
    else if (!this.#flushQueued) {
      this.#flushQueued = true;
      setImmediate(() => { this.#flushQueued = false; this.flush(); });
    }
  }

  /** Writes the pending lines to every member (also before a member's bookmark, to keep the order). */
  flush(): void {
    const pending = this.#pending;
    if (pending.length === 0) return;
    this.#pending = [];
    this.#pendingChars = 0;
    const all = joinLines(pending.map((p) => p.line));
    const lastRv = pending[pending.length - 1].c.rv;
    for (const m of [...this.members]) {
      if (m.skip >= pending.length) { m.skip -= pending.length; continue; }
      if (m.skip === 0 && !m.firstLine) m.res.write(all);
      else {
        // A member that joined mid-slice: its own copy of the tail (rare).
        let from = m.skip;
        if (m.firstLine) { m.res.write(m.firstLine(pending[from].c)); from++; m.firstLine = undefined; }
        if (from < pending.length) m.res.write(joinLines(pending.slice(from).map((p) => p.line)));
        m.skip = 0;
      }
      m.lastRv = lastRv;
      if (m.res.writableLength > MAX_BUFFERED) m.close();
    }
  }
}
