import type { ServerResponse } from 'node:http';
import { type ResourceRequest, type ServeContext } from './context.js';
/**
 * A watch (`?watch=1`): the changes after `resourceVersion` (from the cluster's history; 410
 * Gone when that is no longer kept), or, without one or at "0", synthetic ADDED events for what
 * exists, then each change as it happens, as newline-delimited JSON watch events. Bookmarks
 * carry the current resourceVersion; `sendInitialEvents` ends its initial events with the
 * `k8s.io/initial-events-end` bookmark. Live changes reach the watcher through its WatchGroup.
 */
export declare function watch(ctx: ServeContext, req: ResourceRequest, accept: string | undefined, res: ServerResponse, timers: WatchTimers): void;
/** The wall-clock timers a watch uses, and the registry that closes every watch when the server stops. */
export interface WatchTimers {
    every(ms: number, fn: () => void): () => void;
    after(ms: number, fn: () => void): () => void;
    track(close: () => void): void;
}
