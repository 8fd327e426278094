import type { KubeObject } from '../api/types.js';
import { objectKey } from '../api/ids.js';
import { keyOf } from '../api/ids.js';
import type { Listed } from './cluster.js';
import { apiVersionOf, listKind, RawJson, rowBytes, servedBytes, servedJson, type ResourceRequest,
  type ServeContext } from './context.js';
import { parseFieldSelector, parseLabelSelector } from './selectors.js';
import { badRequest, ApiError, notFound } from './status.js';
import { joinJson, tableBytes, type IncludeObject } from './table.js';

/** Whether the client asked for the server-side Table form (kubectl get does). */
export const wantsTable = (accept: string | undefined): boolean => /as=Table/.test(accept ?? '');

/** The filter of a list or watch beyond its namespace: labelSelector, fieldSelector (undefined: none). */
export function selectorMatcher(req: ResourceRequest): ((o: KubeObject) => boolean) | undefined {
  const q = req.query;
  const labels = q.get('labelSelector') ? parseLabelSelector(q.get('labelSelector')!) : undefined;
  const fields = q.get('fieldSelector') ? parseFieldSelector(q.get('fieldSelector')!, req.r.store) : undefined;
  if (!labels && !fields) return undefined;
  return (o) => (!labels || labels(o.metadata.labels)) && (!fields || fields(o));
}

/** The filter of a list or watch: namespace, labelSelector, fieldSelector. */
export function matcher(req: ResourceRequest): (o: KubeObject) => boolean {
  const sel = selectorMatcher(req);
  const ns = req.r.namespaced ? req.namespace : undefined;
  return (o) => (ns === undefined || o.metadata.namespace === ns) && (!sel || sel(o));
}

/** The first index of `items` (sorted by key) whose key is not below `key`. */
function lowerBound(items: readonly Listed[], key: string): number {
  let lo = 0, hi = items.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (items[mid].key < key) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * What a list or watch of the request sees, sorted by namespace/name: the store's sorted objects,
 * the namespace's range of them (keys `ns/...`, found by binary search), then the selectors;
 * `after` keeps only keys after a continue token's.
 */
export function selected(ctx: ServeContext, req: ResourceRequest, after?: string): readonly Listed[] {
  const items = ctx.cluster.sorted(req.r.store);
  const ns = req.r.namespaced ? req.namespace : undefined;
  // '0' follows '/' in code order: [ns/, ns0) is the namespace's range.
  let lo = ns === undefined ? 0 : lowerBound(items, `${ns}/`);
  const hi = ns === undefined ? items.length : lowerBound(items, `${ns}0`);
  if (after !== undefined) lo = Math.max(lo, lowerBound(items, `${after}\0`));
  const sel = selectorMatcher(req);
  const range = lo === 0 && hi === items.length ? items : items.slice(lo, hi);
  return sel ? range.filter((x) => sel(x.o)) : range;
}

/** `continue` tokens: the last key returned, base64url JSON, as opaque as the real ones are to clients. */
const encodeContinue = (key: string, rv: number): string => Buffer.from(JSON.stringify({ key, rv })).toString(
  'base64url');
function decodeContinue(token: string): string {
  try {
    const v = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { key?: unknown };
    if (typeof v.key === 'string') return v.key;
  } catch { /* answered below */ }
  throw badRequest('continue key is not valid: illegal base64 data or JSON',
    [{ reason: 'FieldValueInvalid', message: 'invalid continue token', field: 'continue' }]);
}

export const includeOf = (q: URLSearchParams): IncludeObject =>
  (q.get('includeObject') as IncludeObject | null) ?? 'Metadata';

/** GET of a collection: filtered, sorted by namespace/name, paged with limit/continue; as a List or a Table. */
export function list(ctx: ServeContext, req: ResourceRequest, accept: string | undefined): RawJson {
  const q = req.query;
  const cont = q.get('continue');
  let items = selected(ctx, req, cont ? decodeContinue(cont) : undefined);
  const limit = Number(q.get('limit') ?? 0);
  if (!Number.isInteger(limit) || limit < 0) throw badRequest(
    `limit: must be a non-negative integer, got ${q.get('limit')}`);
  const rv = ctx.cluster.resourceVersion;
  let next: string | undefined, remaining: number | undefined;
  if (limit > 0 && items.length > limit) {
    remaining = items.length - limit;
    items = items.slice(0, limit);
    next = encodeContinue(items[items.length - 1].key, rv);
  }
  const meta = { resourceVersion: String(rv), ...(next ? { continue: next, remainingItemCount: remaining } : {}) };
  if (wantsTable(accept)) {
    const include = includeOf(q);
    return new RawJson(tableBytes(ctx.printerFor(req.r.store).columns,
      items.map((x) => rowBytes(ctx, req.r, x.o, x.rv, include)), meta));
  }
  const head = JSON.stringify({ kind: listKind(req.r), apiVersion: apiVersionOf(req.r), metadata: meta });
  return new RawJson(joinJson(`${head.slice(0, -1)},"items":[`, items.map((x) => servedBytes(ctx, req.r, x.o, x.rv))));
}

/** The stored object a request names, or a 404 Status. */
export function mustGet(ctx: ServeContext, req: ResourceRequest): KubeObject {
  const key = req.r.namespaced ? objectKey(req.namespace ?? 'default', req.name!) : req.name!;
  const o = ctx.cluster.get(req.r.store, key);
  if (!o) throw notFound(req.r.resource, req.r.group, req.name!);
  return o;
}

/** GET of one object, as itself or as a one-row Table. */
export function getOne(ctx: ServeContext, req: ResourceRequest, accept: string | undefined): RawJson {
  if (req.r.namespaced && !req.namespace) throw new ApiError(404, 'NotFound',
    'the server could not find the requested resource');
  const o = mustGet(ctx, req);
  if (wantsTable(accept)) {
    const rv = ctx.cluster.rvOf(req.r.store, keyOf(o));
    return new RawJson(tableBytes(ctx.printerFor(req.r.store).columns,
      [rowBytes(ctx, req.r, o, rv, includeOf(req.query))], { resourceVersion: String(ctx.cluster.resourceVersion) }));
  }
  return new RawJson(servedJson(ctx, req.r, o));
}
