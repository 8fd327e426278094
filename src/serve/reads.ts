import type { KubeObject } from '../api/types.js';
import { objectKey } from '../api/ids.js';
import { apiVersionOf, listKind, RawJson, rowObjectJson, servedJson, type ResourceRequest,
  type ServeContext } from './context.js';
import { parseFieldSelector, parseLabelSelector } from './selectors.js';
import { badRequest, ApiError, notFound } from './status.js';
import { tableJson, type IncludeObject } from './table.js';
import { all, keyOf } from './view.js';

/** Whether the client asked for the server-side Table form (kubectl get does). */
export const wantsTable = (accept: string | undefined): boolean => /as=Table/.test(accept ?? '');

/** The filter of a list or watch: namespace, labelSelector, fieldSelector. */
export function matcher(req: ResourceRequest): (o: KubeObject) => boolean {
  const q = req.query;
  const labels = q.get('labelSelector') ? parseLabelSelector(q.get('labelSelector')!) : undefined;
  const fields = q.get('fieldSelector') ? parseFieldSelector(q.get('fieldSelector')!, req.r.store) : undefined;
  const ns = req.r.namespaced ? req.namespace : undefined;
  return (o) => (ns === undefined || o.metadata.namespace === ns) && (!labels || labels(o.metadata.labels))
    && (!fields || fields(o));
}

export function storeObjects(ctx: ServeContext, store: string): KubeObject[] {
  return store === 'events' ? ctx.cluster.events() : all(ctx.cluster.state, store);
}

/** Sorted by namespace/name (each key computed once). */
export function sortByKey(objects: readonly KubeObject[]): KubeObject[] {
  const keyed = objects.map((o) => ({ o, k: keyOf(o) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map((x) => x.o);
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

const includeOf = (q: URLSearchParams): IncludeObject => (q.get('includeObject') as IncludeObject | null) ?? 'Metadata';

/** GET of a collection: filtered, sorted by namespace/name, paged with limit/continue; as a List or a Table. */
export function list(ctx: ServeContext, req: ResourceRequest, accept: string | undefined): RawJson {
  const q = req.query;
  const match = matcher(req);
  let items = sortByKey(storeObjects(ctx, req.r.store).filter(match));
  const cont = q.get('continue');
  if (cont) { const after = decodeContinue(cont); items = items.filter((o) => keyOf(o) > after); }
  const limit = Number(q.get('limit') ?? 0);
  if (!Number.isInteger(limit) || limit < 0) throw badRequest(
    `limit: must be a non-negative integer, got ${q.get('limit')}`);
  const rv = ctx.cluster.resourceVersion;
  let next: string | undefined, remaining: number | undefined;
  if (limit > 0 && items.length > limit) {
    remaining = items.length - limit;
    items = items.slice(0, limit);
    next = encodeContinue(keyOf(items[items.length - 1]), rv);
  }
  const meta = { resourceVersion: String(rv), ...(next ? { continue: next, remainingItemCount: remaining } : {}) };
  if (wantsTable(accept)) {
    const include = includeOf(q);
    return new RawJson(tableJson(ctx.printerFor(req.r.resource), items, (o) => rowObjectJson(ctx, req.r, o, include),
      ctx.cluster.now, meta));
  }
  const head = JSON.stringify({ kind: listKind(req.r), apiVersion: apiVersionOf(req.r), metadata: meta });
  return new RawJson(`${head.slice(0, -1)},"items":[${items.map((o) => servedJson(ctx, req.r, o)).join(',')}]}`);
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
    const include = includeOf(req.query);
    return new RawJson(tableJson(ctx.printerFor(req.r.resource), [o], (x) => rowObjectJson(ctx, req.r, x, include),
      ctx.cluster.now, { resourceVersion: String(ctx.cluster.resourceVersion) }));
  }
  return new RawJson(servedJson(ctx, req.r, o));
}
