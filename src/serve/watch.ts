import type { ServerResponse } from 'node:http';
import type { KubeObject } from '../api/types.js';
import type { Change, ServedCluster, WatchLine } from './cluster.js';
import { apiVersionOf, rowBytes, servedJson, type ResourceRequest, type ServeContext } from './context.js';
import { includeOf, matcher, selected, wantsTable } from './reads.js';
import { ApiError, badRequest } from './status.js';
import { tableBytes } from './table.js';
import { joinLines, WatchGroup, type Member } from './watchGroup.js';

/** How often a watch that asked for bookmarks gets one (wall time; the API server sends them about once a minute). */
const BOOKMARK_EVERY_MS = 1000;

const groups = new WeakMap<ServedCluster, Map<string, WatchGroup>>();

/** `{"type":"ADDED","object":` etc.: each watch event's prefix, encoded once. */
const PREFIX = new Map<string, Buffer>();
const prefix = (type: string): Buffer => {
  let b = PREFIX.get(type);
  if (!b) { b = Buffer.from(`{"type":"${type}","object":`); PREFIX.set(type, b); }
  return b;
};
const END = Buffer.from('}\n');

/**
 * A watch (`?watch=1`): the changes after `resourceVersion` (from the cluster's history; 410
 * Gone when that is no longer kept), or, without one or at "0", synthetic ADDED events for what
 * exists, then each change as it happens, as newline-delimited JSON watch events. Bookmarks
 * carry the current resourceVersion; `sendInitialEvents` ends its initial events with the
 * `k8s.io/initial-events-end` bookmark. Live changes reach the watcher through its WatchGroup.
 */
export function watch(ctx: ServeContext, req: ResourceRequest, accept: string | undefined, res: ServerResponse,
  timers: WatchTimers): void {
  const q = req.query;
  const match = matcher(req);
  const table = wantsTable(accept);
  const include = includeOf(q);
  const rvParam = q.get('resourceVersion') ?? '';
  const initial = q.get('sendInitialEvents') === 'true';
  const bookmarks = q.get('allowWatchBookmarks') === 'true';
  if (rvParam !== '' && !/^\d+$/.test(rvParam)) throw badRequest(
    `resourceVersion: Invalid value: ${JSON.stringify(rvParam)}: must be an integer`);
  const from = rvParam === '' ? 0 : Number(rvParam);
  const backlog = from === 0 || initial ? undefined : ctx.cluster.since(from, req.r.store);
  if (from !== 0 && !initial && backlog === undefined) {
    throw new ApiError(410, 'Expired', `too old resource version: ${from} (${ctx.cluster.oldestRv(req.r.store)})`);
  }
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private',
    'Transfer-Encoding': 'chunked' });
  // Node sends headers with the first chunk: a quiet watch must still answer at once (client-go waits for them).
  res.flushHeaders();
  const line = (type: string, o: KubeObject, rv: number, headers: boolean): WatchLine => {
    // JSON lines stay text until a flush encodes the slice's lines in one pass (watchGroup.ts joinLines).
    if (!table) return `{"type":"${type}","object":${servedJson(ctx, req.r, o, rv)}}\n`;
    const object = tableBytes(ctx.printerFor(req.r.store).columns, [rowBytes(ctx, req.r, o, rv, include)],
      { resourceVersion: String(rv) }, !headers);
    return Buffer.concat([prefix(type), object, END]);
  };
  const group = groupOf(ctx, req, table, (c) => line(c.type, c.object, c.rv, false));
  let closed = false;
  const stops: (() => void)[] = [];
  const member: Member = { res, lastRv: from, skip: 0, close };
  function close(): void {
    if (closed) return;
    closed = true;
    group.leave(member);
    for (const s of stops) s();
    res.end();
  }
  const bookmark = (extra?: Record<string, string>): void => {
    group.flush();
    const meta = { resourceVersion: String(ctx.cluster.resourceVersion), ...(extra ? { annotations: extra } : {}) };
    const object = { kind: req.r.kind, apiVersion: apiVersionOf(req.r), metadata: meta };
    res.write(`${JSON.stringify({ type: 'BOOKMARK', object })}\n`);
  };
  // What happened before the watch joined its group, written at once: the backlog or the existing objects.
  const first: WatchLine[] = [];
  if (backlog) {
    for (const c of backlog) {
      if (c.store !== req.r.store || !match(c.object)) continue;
      first.push(line(c.type, c.object, c.rv, table && first.length === 0));
      member.lastRv = c.rv;
    }
  } else {
    for (const x of selected(ctx, req)) first.push(line('ADDED', x.o, x.rv, table && first.length === 0));
    member.lastRv = ctx.cluster.resourceVersion;
  }
  if (first.length) res.write(joinLines(first));
  if (table && first.length === 0) member.firstLine = (c) => line(c.type, c.object, c.rv, true);
  if (!backlog && initial) bookmark({ 'k8s.io/initial-events-end': 'true' });
  group.join(member);
  if (bookmarks) {
    stops.push(timers.every(BOOKMARK_EVERY_MS, () => {
      if (ctx.cluster.resourceVersion > member.lastRv) { member.lastRv = ctx.cluster.resourceVersion; bookmark(); }
    }));
  }
  const timeout = Number(q.get('timeoutSeconds') ?? 0);
  if (timeout > 0) stops.push(timers.after(timeout * 1000, close));
  res.on('close', close);
  timers.track(close);
}

/** The group of watchers seeing what this request sees, in its form (made when the first joins). */
function groupOf(ctx: ServeContext, req: ResourceRequest, table: boolean, line: (c: Change) => WatchLine): WatchGroup {
  const form = `${apiVersionOf(req.r)}|${req.r.resource}|${table ? `table|${includeOf(req.query)}` : 'json'}`;
  const q = req.query;
  const key = [form, req.r.namespaced ? req.namespace ?? '' : '', q.get('labelSelector') ?? '',
    q.get('fieldSelector') ?? ''].join('|');
  const byKey = groups.get(ctx.cluster) ?? new Map<string, WatchGroup>();
  groups.set(ctx.cluster, byKey);
  let g = byKey.get(key);
  if (!g) {
    const match = matcher(req);
    g = new WatchGroup(ctx.cluster, req.r.store, form, (c) => match(c.object), line,
      () => byKey.delete(key));
    byKey.set(key, g);
  }
  return g;
}

/** The wall-clock timers a watch uses, and the registry that closes every watch when the server stops. */
export interface WatchTimers {
  every(ms: number, fn: () => void): () => void;
  after(ms: number, fn: () => void): () => void;
  track(close: () => void): void;
}
