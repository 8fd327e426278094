import { checkEviction, pdbsForPod } from '../controllers/disruption/disruption.js';
import { decodeBody } from './body.js';
import { served } from './context.js';
import { mustGet } from './reads.js';
import { ApiError, badRequest, conflict, invalid, methodNotSupported, success } from './status.js';
import { keyOf } from '../api/ids.js';
import { patched } from './writes.js';
/** metav1.LabelSelector as the Scale's status.selector string (metav1.FormatLabelSelector). */
function selectorString(sel) {
    if (!sel)
        return '';
    const s = sel;
    if (s.matchLabels === undefined && s.matchExpressions === undefined)
        return Object.entries(sel).map(([k, v]) => `${k}=${String(v)}`).join(',');
    const parts = Object.entries(s.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
    for (const e of s.matchExpressions ?? []) {
        const op = e.operator === 'In' ? 'in' : e.operator === 'NotIn' ? 'notin' : e.operator;
        parts.push(op === 'Exists' ? e.key : op === 'DoesNotExist' ? `!${e.key}`
            : `${e.key} ${op} (${(e.values ?? []).join(',')})`);
    }
    return parts.join(',');
}
/** autoscaling/v1 Scale of a workload (the registries' scale subresource, e.g. deployment/storage ScaleREST). */
function scaleOf(ctx, req, o) {
    const spec = (o.spec ?? {});
    const status = (o.status ?? {});
    const v = served(ctx, req.r, o);
    const m = v.metadata;
    return {
        kind: 'Scale', apiVersion: 'autoscaling/v1',
        metadata: { name: m.name, namespace: m.namespace, uid: m.uid, resourceVersion: m.resourceVersion,
            creationTimestamp: m.creationTimestamp },
        spec: { replicas: spec.replicas ?? 1 }, status: { replicas: status.replicas ?? 0,
            selector: selectorString(spec.selector) },
    };
}
/** GET, PUT and PATCH of `<workload>/scale`: a new spec.replicas is a timeline `scale`. */
export function scale(ctx, req, method, body, contentType) {
    const o = mustGet(ctx, req);
    const current = scaleOf(ctx, req, o);
    if (method === 'GET')
        return { code: 200, body: current };
    if (!ctx.cluster.driver.writable)
        throw new ApiError(405, 'MethodNotAllowed', 'this server replays a recorded log and is read-only');
    const next = (method === 'PATCH' ? patched(current, body, contentType)
        : decodeBody(body, contentType, 'Scale'));
    const rv = next.metadata?.resourceVersion;
    if (rv && rv !== String(ctx.cluster.rvOf(req.r.store, keyOf(o))))
        throw conflict(req.r.resource, req.r.group, req.name);
    const replicas = next.spec?.replicas;
    if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
        throw invalid('Scale', 'autoscaling', req.name, [{ field: 'spec.replicas',
                message: `Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0` }]);
    }
    if (replicas !== current.spec.replicas) {
        ctx.cluster.write({ kind: 'scale', resource: req.r.store, objectKind: req.r.kind,
            namespace: o.metadata.namespace ?? 'default', name: o.metadata.name, replicas });
    }
    return { code: 200, body: scaleOf(ctx, req, mustGet(ctx, req)) };
}
/**
 * POST `pods/NAME/eviction` (policy/v1 Eviction): the Eviction API's PodDisruptionBudget check
 * (pkg/registry/core/pod/storage/eviction.go): 429 TooManyRequests when the budget forbids it,
 * otherwise a timeline `evict` and 201 Success.
 */
export function eviction(ctx, req, body, contentType) {
    if (!ctx.cluster.driver.writable)
        throw new ApiError(405, 'MethodNotAllowed', 'this server replays a recorded log and is read-only');
    const pod = mustGet(ctx, req);
    const e = decodeBody(body, contentType, 'Eviction');
    if (e.kind !== undefined && e.kind !== 'Eviction')
        throw badRequest(`the kind in the data (${e.kind}) does not match the expected kind (Eviction)`);
    if (e.metadata?.name !== undefined && e.metadata.name !== req.name)
        throw badRequest(`name in URL does not match name in Eviction object`, [{ reason: 'FieldValueInvalid', message: 'name mismatch',
                field: 'metadata.name' }]);
    const r = checkEviction(pod, pdbsForPod(ctx.cluster.state, pod), ctx.cluster.now);
    if (!r.allowed) {
        throw new ApiError(r.code, r.code === 429 ? 'TooManyRequests' : 'InternalError', r.message, { causes: [{ reason: 'DisruptionBudget', message: r.message }] });
    }
    const grace = e.deleteOptions?.gracePeriodSeconds;
    ctx.cluster.write({ kind: 'evict', namespace: pod.metadata.namespace ?? 'default', pod: pod.metadata.name,
        ...(typeof grace === 'number' ? { gracePeriodSeconds: grace } : {}) });
    return { code: 201, body: success(201) };
}
/** `<resource>/status`: read like the object; status is written only by kubesim's own components. */
export function status(ctx, req, method) {
    if (method !== 'GET')
        throw methodNotSupported(`${req.r.resource}/status`, method.toLowerCase());
    return { code: 200, body: served(ctx, req.r, mustGet(ctx, req)) };
}
