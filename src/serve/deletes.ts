import type { KubeObject } from '../api/types.js';
import type { TimelineAction } from '../scenario/types.js';
import { decodeBody } from './body.js';
import { apiVersionOf, listKind, served, type ResourceRequest, type ServeContext } from './context.js';
import { mustGet, selected } from './reads.js';
import { ApiError, conflict, invalid, qualified } from './status.js';
import { immortalRefusal, isBootstrapObject } from '../api/bootstrap.js';
import { keyOf, asNodeName } from '../api/ids.js';
import { dryRun, writable, type WriteResult } from './writes.js';

interface DeleteOptions {
  readonly grace?: number;
  readonly policy?: string;
  readonly preconditions?: { uid?: string; resourceVersion?: string };
}

/** DeleteOptions from the query or the body: gracePeriodSeconds >= 0, a known propagationPolicy. */
function deleteOptions(req: ResourceRequest, body: Buffer, contentType: string | undefined, name: string):
  DeleteOptions {
  const opts = (body.length ? decodeBody(body, contentType, 'DeleteOptions') : {}) as Record<string, unknown>;
  const q = req.query;
  const grace = q.get('gracePeriodSeconds') !== null ? Number(q.get('gracePeriodSeconds'))
    : (opts.gracePeriodSeconds as number | undefined);
  const policy = (q.get('propagationPolicy') ?? opts.propagationPolicy) as string | undefined;
  if (grace !== undefined && (!Number.isInteger(grace) || grace < 0)) throw invalid('DeleteOptions', '', name,
    [{ field: 'gracePeriodSeconds', message: `Invalid value: ${grace}: must be >= 0` }]);
  if (policy !== undefined && !['Background', 'Foreground', 'Orphan'].includes(policy)) {
    throw invalid('DeleteOptions', '', name, [{ field: 'propagationPolicy',
      message: `Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan"` }]);
  }
  return { ...(grace !== undefined ? { grace } : {}), ...(policy !== undefined ? { policy } : {}),
    ...(opts.preconditions ? { preconditions: opts.preconditions as DeleteOptions['preconditions'] } : {}) };
}

function deleteAction(req: ResourceRequest, o: KubeObject, { grace, policy }: DeleteOptions): TimelineAction {
  if (req.r.store === 'nodes') return { kind: 'removeNode', node: asNodeName(o.metadata.name) };
  return {
    kind: 'delete', resource: req.r.store, objectKind: req.r.kind, namespace: o.metadata.namespace ?? '',
      name: o.metadata.name,
    ...(grace !== undefined ? { gracePeriodSeconds: grace } : {}), ...(grace === 0 ? { force: true } : {}),
    ...(policy ? { propagationPolicy: policy as 'Background' } : {}),
  };
}

/** The object after its delete: still there while it terminates (graceful, foreground), else as it was. */
function afterDelete(ctx: ServeContext, req: ResourceRequest, o: KubeObject, last: Record<string, unknown>):
  Record<string, unknown> {
  const after = ctx.cluster.get(req.r.store, keyOf(o));
  return after && after.metadata.uid === o.metadata.uid ? served(ctx, req.r, after) : last;
}

/**
 * Whether the object is stored: a bootstrap object that is not (kube-node-lease, `default/kubernetes`)
 * cannot be deleted in kubesim. Kubernetes deletes it and its own controllers (systemnamespaces,
 * kubernetesservice) create it again under a new uid; kubesim does not model that, and says so.
 */
const stored = (o: KubeObject): boolean => !isBootstrapObject(o);

const keptBootstrap = (req: ResourceRequest, o: KubeObject): ApiError => new ApiError(403, 'Forbidden',
  `${qualified(req.r.resource, req.r.group)} "${o.metadata.name}" is forbidden: kubesim keeps the objects `
  + 'the API server makes at its start (its deletion and re-creation are not simulated)',
  { name: o.metadata.name, group: req.r.group, kind: req.r.resource });

/** DELETE: grace period and propagation policy from the query or the DeleteOptions body. */
export function remove(ctx: ServeContext, req: ResourceRequest, body: Buffer, contentType: string
  | undefined): WriteResult {
  writable(ctx, req, 'delete');
  const current = mustGet(ctx, req);
  const immortal = req.r.store === 'namespaces' ? immortalRefusal(current.metadata.name) : undefined;
  if (immortal) throw new ApiError(403, 'Forbidden', immortal, { name: current.metadata.name, kind: 'namespaces' });
  const opts = deleteOptions(req, body, contentType, req.name!);
  const pre = opts.preconditions;
  if (pre?.uid && pre.uid !== current.metadata.uid) throw conflict(req.r.resource, req.r.group, req.name!);
  if (pre?.resourceVersion && pre.resourceVersion !== String(
    ctx.cluster.rvOf(req.r.store, keyOf(current)))) throw conflict(req.r.resource, req.r.group, req.name!);
  const last = served(ctx, req.r, current);
  if (!stored(current)) throw keptBootstrap(req, current);
  if (dryRun(req)) return { code: 200, body: last };
  ctx.cluster.write(deleteAction(req, current, opts));
  return { code: 200, body: afterDelete(ctx, req, current, last) };
}

/**
 * DELETE of a collection (deletecollection, apiserver registry Store.DeleteCollection): every
 * object the namespace, labelSelector and fieldSelector select is deleted, all at one instant,
 * and the answer is the List of them as the deletes left them.
 */
export function removeCollection(ctx: ServeContext, req: ResourceRequest, body: Buffer, contentType: string
  | undefined): WriteResult {
  writable(ctx, req, 'deletecollection');
  const opts = deleteOptions(req, body, contentType, '');
  const victims = selected(ctx, req).filter((x) => stored(x.o)).map((x) =>
    ({ o: x.o, last: served(ctx, req.r, x.o, x.rv) }));
  if (!dryRun(req) && victims.length) ctx.cluster.write(...victims.map((v) => deleteAction(req, v.o, opts)));
  const items = victims.map((v) => (dryRun(req) ? v.last : afterDelete(ctx, req, v.o, v.last)));
  return { code: 200, body: { kind: listKind(req.r), apiVersion: apiVersionOf(req.r),
    metadata: { resourceVersion: String(ctx.cluster.resourceVersion) }, items } };
}
