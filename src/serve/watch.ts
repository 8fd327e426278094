import type { ServerResponse } from 'node:http';
import type { KubeObject } from '../api/types.js';
import type { Change } from './cluster.js';
import { apiVersionOf, rowObjectJson, servedJson, type ResourceRequest, type ServeContext } from './context.js';
import { matcher, sortByKey, storeObjects, wantsTable } from './reads.js';
import { ApiError, badRequest } from './status.js';
import { tableJson } from './table.js';

/** How often a watch that asked for bookmarks gets one (wall time; the API server sends them about once a minute). */
const BOOKMARK_EVERY_MS = 1000;
/** A watcher this far behind is closed, as the API server drops watchers that cannot keep up. */
const MAX_BUFFERED = 64 << 20;

/**
 * A watch (`?watch=1`): the changes after `resourceVersion` (from the cluster's history; 410
 * Gone when that is no longer kept), or, without one or at "0", synthetic ADDED events for what
 * exists, then each change as it happens, as newline-delimited JSON watch events. Bookmarks
 * carry the current resourceVersion; `sendInitialEvents` ends its initial events with the
 * `k8s.io/initial-events-end` bookmark. Each change's line is serialised once and shared by
 * every watcher of the same form.
 */
export function watch(ctx: ServeContext, req: ResourceRequest, accept: string | undefined, res: ServerResponse,
  timers: WatchTimers): void {
  const q = req.query;
  const match = matcher(req);
  const table = wantsTable(accept);
  const form = `${apiVersionOf(req.r)}|${req.r.resource}|${table ? 'table' : 'json'}`;
  const rvParam = q.get('resourceVersion') ?? '';
  const initial = q.get('sendInitialEvents') === 'true';
  const bookmarks = q.get('allowWatchBookmarks') === 'true';
  if (rvParam !== '' && !/^\d+$/.test(rvParam)) throw badRequest(
    `resourceVersion: Invalid value: ${JSON.stringify(rvParam)}: must be an integer`);
  const from = rvParam === '' ? 0 : Number(rvParam);
  const backlog = from === 0 || initial ? undefined : ctx.cluster.since(from);
  if (from !== 0 && !initial && backlog === undefined) {
    throw new ApiError(410, 'Expired', `too old resource version: ${from} (${ctx.cluster.oldestRv})`);
  }
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private',
    'Transfer-Encoding': 'chunked' });
  // Node sends headers with the first chunk: a quiet watch must still answer at once (client-go waits for them).
  res.flushHeaders();
  let headersSent = false;
  const line = (type: string, o: KubeObject, rv: number): string => {
    if (!table) return `{"type":"${type}","object":${servedJson(ctx, req.r, o, rv)}}\n`;
    const t = tableJson(ctx.printerFor(req.r.resource), [o], (x) => rowObjectJson(ctx, req.r, x, 'Metadata', rv),
      ctx.cluster.now, { resourceVersion: String(rv) }, headersSent);
    headersSent = true;
    return `{"type":"${type}","object":${t}}\n`;
  };
  let lastRv = from;
  // Lines are gathered while the simulation runs and written once it yields (one write per
  // watcher per slice of the clock, not one per change): many watchers do not slow the run.
  let pending = '';
  const flush = (): void => {
    const text = pending;
    pending = '';
    if (closed || text === '') return;
    res.write(text);
    if (res.writableLength > MAX_BUFFERED) close();
  };
  const send = (c: Change): void => {
    if (c.store !== req.r.store || !match(c.object)) return;
    let l = table && !headersSent ? undefined : c.lines?.get(form);
    if (l === undefined) { l = line(c.type, c.object, c.rv);
      if (!table || headersSent) (c.lines ??= new Map()).set(form, l); }
    lastRv = c.rv;
    if (pending === '') setImmediate(flush);
    pending += l;
  };
  const bookmark = (extra?: Record<string, string>): void => {
    flush();
    const meta = { resourceVersion: String(ctx.cluster.resourceVersion), ...(extra ? { annotations: extra } : {}) };
    const object = { kind: req.r.kind, apiVersion: apiVersionOf(req.r), metadata: meta };
    res.write(`${JSON.stringify({ type: 'BOOKMARK', object })}\n`);
  };
  if (backlog) for (const c of backlog) send(c);
  else {
    const rv = ctx.cluster.resourceVersion;
    const existing = sortByKey(storeObjects(ctx, req.r.store).filter(match));
    for (const o of existing) res.write(line('ADDED', o, ctx.cluster.rvOf(req.r.store,
      `${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`)));
    if (initial) bookmark({ 'k8s.io/initial-events-end': 'true' });
    lastRv = rv;
  }
  const unsubscribe = ctx.cluster.subscribe(send);
  let closed = false;
  const stops: (() => void)[] = [unsubscribe];
  function close(): void {
    if (closed) return;
    closed = true;
    for (const s of stops) s();
    res.end();
  }
  if (bookmarks) {
    stops.push(timers.every(BOOKMARK_EVERY_MS, () => { if (ctx.cluster.resourceVersion > lastRv) { lastRv =
      ctx.cluster.resourceVersion; bookmark(); } }));
  }
  const timeout = Number(q.get('timeoutSeconds') ?? 0);
  if (timeout > 0) stops.push(timers.after(timeout * 1000, close));
  res.on('close', close);
  timers.track(close);
}

/** The wall-clock timers a watch uses, and the registry that closes every watch when the server stops. */
export interface WatchTimers {
  every(ms: number, fn: () => void): () => void;
  after(ms: number, fn: () => void): () => void;
  track(close: () => void): void;
}
