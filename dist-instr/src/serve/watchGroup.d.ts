import type { ServerResponse } from 'node:http';
import type { Change, ServedCluster, WatchLine } from './cluster.js';
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
export declare function joinLines(lines: readonly WatchLine[]): Buffer;
/**
 * Watchers that see the same changes in the same form (resource, version, List or Table form,
 * namespace and selectors): each change's line is encoded once (and shared with other groups of
 * the same form through Change.lines), and the lines gathered while the simulation runs are
 * joined into one buffer written, the same bytes, to every member once the simulation yields:
 * one write per watcher per slice of the clock, so many watchers do not slow the run.
 */
export declare class WatchGroup {
    #private;
    private readonly cluster;
    readonly form: string;
    private readonly match;
    private readonly line;
    private readonly onEmpty;
    readonly members: Set<Member>;
    constructor(cluster: ServedCluster, form: string, match: (c: Change) => boolean, line: (c: Change) => WatchLine, onEmpty: () => void);
    join(m: Member): void;
    leave(m: Member): void;
    /** Writes the pending lines to every member (also before a member's bookmark, to keep the order). */
    flush(): void;
}
