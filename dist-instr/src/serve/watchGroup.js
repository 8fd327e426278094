/** A watcher this far behind is closed, as the API server drops watchers that cannot keep up. */
const MAX_BUFFERED = 64 << 20;
/** Lines as one buffer: text is joined first, so a slice of JSON lines is encoded to UTF-8 in one pass. */
export function joinLines(lines) {
    if (lines.every((l) => typeof l === 'string'))
        return Buffer.from(lines.join(''));
    return Buffer.concat(lines.map((l) => (typeof l === 'string' ? Buffer.from(l) : l)));
}
/**
 * Watchers that see the same changes in the same form (resource, version, List or Table form,
 * namespace and selectors): each change's line is encoded once (and shared with other groups of
 * the same form through Change.lines), and the lines gathered while the simulation runs are
 * joined into one buffer written, the same bytes, to every member once the simulation yields:
 * one write per watcher per slice of the clock, so many watchers do not slow the run.
 */
export class WatchGroup {
    cluster;
    form;
    match;
    line;
    onEmpty;
    members = new Set();
    #pending = [];
    #unsubscribe;
    constructor(cluster, form, match, line, onEmpty) {
        this.cluster = cluster;
        this.form = form;
        this.match = match;
        this.line = line;
        this.onEmpty = onEmpty;
    }
    join(m) {
        m.skip = this.#pending.length;
        this.members.add(m);
        this.#unsubscribe ??= this.cluster.subscribe((c) => this.#receive(c));
    }
    leave(m) {
        this.members.delete(m);
        if (this.members.size > 0)
            return;
        this.#unsubscribe?.();
        this.#unsubscribe = undefined;
        this.#pending = [];
        this.onEmpty();
    }
    #receive(c) {
        if (!this.match(c))
            return;
        const lines = (c.lines ??= new Map());
        let l = lines.get(this.form);
        if (l === undefined) {
            l = this.line(c);
            lines.set(this.form, l);
        }
        if (this.#pending.length === 0)
            setImmediate(() => this.flush());
        this.#pending.push({ c, line: l });
    }
    /** Writes the pending lines to every member (also before a member's bookmark, to keep the order). */
    flush() {
        const pending = this.#pending;
        if (pending.length === 0)
            return;
        this.#pending = [];
        const all = joinLines(pending.map((p) => p.line));
        const lastRv = pending[pending.length - 1].c.rv;
        for (const m of [...this.members]) {
            if (m.skip >= pending.length) {
                m.skip -= pending.length;
                continue;
            }
            if (m.skip === 0 && !m.firstLine)
                m.res.write(all);
            else {
                // A member that joined mid-slice: its own copy of the tail (rare).
                let from = m.skip;
                if (m.firstLine) {
                    m.res.write(m.firstLine(pending[from].c));
                    from++;
                    m.firstLine = undefined;
                }
                if (from < pending.length)
                    m.res.write(joinLines(pending.slice(from).map((p) => p.line)));
                m.skip = 0;
            }
            m.lastRv = lastRv;
            if (m.res.writableLength > MAX_BUFFERED)
                m.close();
        }
    }
}
