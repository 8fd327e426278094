import { validateObject } from '../api/validation/index.js';
import type { KubeObject } from '../api/types.js';
import type { ClusterEvent } from '../events/index.js';
import type { TimelineAction } from '../scenario/types.js';
import { retryGeneratedName } from '../api/generatedName.js';
import { decodeBody } from './body.js';
import { apiVersionOf, served, type ResourceRequest, type ServeContext } from './context.js';
import { jsonPatch, mergePatch, PatchTestFailed, strategicMergePatch } from './patch.js';
import { mustGet } from './reads.js';
import { alreadyExists, ApiError, badRequest, conflict, invalid, methodNotSupported, notFound } from './status.js';
import { nodeUpdateRefusals, onlyUnschedulableChanged, podUpdateRefusals } from './updates.js';
import { keyOf, asNodeName } from '../api/ids.js';

/** A write's answer: HTTP code, body, and warnings for `Warning: 299` headers. */
export interface WriteResult { readonly code: number; readonly body: unknown; readonly warnings?: readonly string[] }

type Obj = Record<string, unknown> & { metadata?: Record<string, unknown> };

/** Server-set metadata a client may send back; the stored object keeps its own (stampObject). */
const SERVER_SET = ['resourceVersion', 'uid', 'creationTimestamp', 'generation', 'managedFields', 'selfLink',
  'deletionTimestamp', 'deletionGracePeriodSeconds'];

/** The object as a manifest: what a timeline `apply` carries (no status, no server-set metadata). */
export function manifestOf(o: Obj): Obj {
  const { status: _s, ...rest } = o;
  const meta = { ...(o.metadata ?? {}) };
  for (const k of SERVER_SET) delete meta[k];
  return { ...rest, metadata: meta };
}

const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * generateName's suffix (apiserver names.SimpleNameGenerator: 5 of these characters), from the resourceVersion:
 * deterministic.
 */
function suffix(seed: number): string {
  let h = 2166136261 ^ seed, out = '';
  for (let i = 0; i < 5; i++) { h = Math.imul(h ^ (h >>> 13), 16777619) >>> 0; out += ALPHABET[h % ALPHABET.length]; }
  return out;
}
let generated = 0;

/**
 * Validation as `kubesim validate` does it: unknown fields answer 400 as strict decoding
 * does, every other error 422 Invalid with one cause per field path; warnings go back as headers.
 */
function validate(o: Obj, req: ResourceRequest): string[] {
  const v = validateObject(o);
  const name = String(o.metadata?.name ?? '');
  const unknown = v.errors.filter((e) => e.message.startsWith('unknown field'));
  if (unknown.length) {
    const list = unknown.map((e) => `unknown field "${e.path}"`).join(', ');
    throw badRequest(
      `${req.r.kind} in version "${req.r.version}" cannot be handled as a ${req.r.kind}: strict decoding error: ` +
        `${list}`,
      unknown.map((e) => ({ reason: 'FieldValueInvalid', message: e.message, field: e.path })));
  }
  if (v.errors.length) throw invalid(req.r.kind, req.r.group, name,
    v.errors.map((e) => ({ field: e.path, message: e.message })));
  return v.warnings.map((w) => `${w.path}: ${w.message}`);
}

/** The body of a create or update: the right kind and version, the request's namespace and name. */
function checkIdentity(o: unknown, req: ResourceRequest): Obj {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw badRequest(
    `the object provided is unrecognized (must be of type ${req.r.kind})`);
  const obj = { ...(o as Obj) };
  const gv = apiVersionOf(req.r);
  if (obj.apiVersion === undefined && obj.kind === undefined) { obj.apiVersion = gv; obj.kind = req.r.kind; }
  if (obj.kind !== req.r.kind) throw badRequest(
    `the kind in the data (${String(obj.kind)}) does not match the expected kind (${req.r.kind})`,
      [{ reason: 'FieldValueInvalid', message: 'kind mismatch', field: 'kind' }]);
  if (obj.apiVersion !== gv) throw badRequest(
    `the API version in the data (${String(obj.apiVersion)}) does not match the expected API version (${gv})`,
      [{ reason: 'FieldValueInvalid', message: 'apiVersion mismatch', field: 'apiVersion' }]);
  const meta = { ...(typeof obj.metadata === 'object' && obj.metadata !== null ? obj.metadata : {}) };
  if (req.r.namespaced) {
    if (meta.namespace !== undefined && meta.namespace !== '' && meta.namespace !== req.namespace) {
      throw badRequest('the namespace of the provided object does not match the namespace sent on the request',
        [{ reason: 'FieldValueInvalid', message: 'namespace mismatch', field: 'metadata.namespace' }]);
    }
    meta.namespace = req.namespace ?? 'default';
  }
  if (req.name !== undefined && meta.name !== undefined && meta.name !== req.name) {
    throw badRequest(`the name of the object (${String(meta.name)}) does not match the name on the URL (${req.name})`,
      [{ reason: 'FieldValueInvalid', message: 'name mismatch', field: 'metadata.name' }]);
  }
  if (req.name !== undefined) meta.name = req.name;
  return { ...obj, metadata: meta };
}

export const writable = (ctx: ServeContext, req: ResourceRequest, verb: string): void => {
  if (!ctx.cluster.driver.writable) throw new ApiError(405, 'MethodNotAllowed',
    `${verb}: this server replays a recorded log and is read-only`);
  if (!req.r.verbs.includes(verb)) throw methodNotSupported(req.r.resource, verb);
};

export const dryRun = (req: ResourceRequest): boolean => req.query.getAll('dryRun').includes('All');

/** The Warning facts a write caused: an admission refusal shows as one. */
const refusal = (facts: readonly ClusterEvent[]): string | undefined =>
  facts.filter((f) => f.type === 'Warning').map((f) => (f as { message: string }).message)[0];

/**
 * The API server's answer to a refused create: NamespaceLifecycle's 404 for a missing namespace,
 * else 403 Forbidden with the plugin's words (LimitRanger and ResourceQuota already say
 * `pods "x" is forbidden: ...`).
 */
function admissionError(req: ResourceRequest, name: string, why: string | undefined): ApiError {
  const missing = why ? /^namespaces "([^"]+)" not found$/.exec(why) : null;
  if (missing) return new ApiError(404, 'NotFound', why!, { name: missing[1], kind: 'namespaces' });
  const message = why?.includes(' is forbidden: ') ? why : `${req.r.resource} "${name}" is forbidden: `
    + (why ?? 'refused by admission');
  return new ApiError(403, 'Forbidden', message, { name, kind: req.r.resource });
}

/** Applies a manifest as a timeline `apply` and answers with what is stored afterwards. */
function applyManifest(ctx: ServeContext, req: ResourceRequest, m: Obj, code: number, warnings: string[]): WriteResult {
  const name = String(m.metadata!.name);
  if (dryRun(req)) return { code, body: m, warnings };
  const facts = ctx.cluster.write({ kind: 'apply', objects: [
    { object: m as unknown as KubeObject, source: { file: ctx.sourceFile, object: `${req.r.kind}/${name}` } }] });
  const key = req.r.namespaced ? `${String(m.metadata!.namespace)}/${name}` : name;
  const stored = ctx.cluster.get(req.r.store, key);
  if (!stored) throw admissionError(req, name, refusal(facts)?.replace(`${ctx.sourceFile}: `, ''));
  return { code, body: served(ctx, req.r, stored), warnings };
}

/** POST to a collection: create (409 AlreadyExists when the name is taken). */
export function create(ctx: ServeContext, req: ResourceRequest, body: Buffer, contentType: string
  | undefined): WriteResult {
  writable(ctx, req, 'create');
  const o = checkIdentity(decodeBody(body, contentType, req.r.kind), req);
  const meta = o.metadata!;
  const keyFor = (name: unknown): string => (req.r.namespaced ? `${String(meta.namespace)}/${String(name)}`
    : String(name));
  if (!meta.name && typeof meta.generateName === 'string') {
    const prefix = meta.generateName;
    meta.name = retryGeneratedName(() => `${prefix}${suffix(ctx.cluster.resourceVersion * 31 + ++generated)}`,
      (name) => ctx.cluster.get(req.r.store, keyFor(name)) !== undefined);
  }
  const m = manifestOf(o);
  const warnings = validate(m, req);
  const key = keyFor(meta.name);
  if (ctx.cluster.get(req.r.store, key)) throw alreadyExists(req.r.resource, req.r.group, String(meta.name));
  return applyManifest(ctx, req, m, 201, warnings);
}

/**
 * A changed object replaces the stored one (a timeline `apply`); a pod or node only where its
 * update validation allows and kubesim simulates the change (updates.ts).
 */
function replace(ctx: ServeContext, req: ResourceRequest, current: KubeObject, next: Obj): WriteResult {
  const rv = next.metadata?.resourceVersion;
  if (rv !== undefined && rv !== '' && String(rv) !== String(
    ctx.cluster.rvOf(req.r.store, keyOf(current)))) throw conflict(req.r.resource, req.r.group, req.name!);
  const m = manifestOf(next);
  const warnings = validate(m, req);
  const was = manifestOf(served(ctx, req.r, current));
  if (JSON.stringify(m) === JSON.stringify(was)) return { code: 200, body: served(ctx, req.r, current), warnings };
  if (req.r.store === 'pods' || req.r.store === 'nodes') {
    const refusals = req.r.store === 'pods' ? podUpdateRefusals(was, m) : nodeUpdateRefusals(was, m);
    if (refusals.length) throw invalid(req.r.kind, '', req.name!, refusals);
    // kubectl cordon / uncordon: recorded as those timeline actions.
    if (req.r.store === 'nodes' && onlyUnschedulableChanged(was, m)) {
      const unschedulable = (m.spec as { unschedulable?: boolean } | undefined)?.unschedulable === true;
      if (!dryRun(req)) ctx.cluster.write({ kind: unschedulable ? 'cordon' : 'uncordon', node: asNodeName(req.name!) });
      return { code: 200, body: served(ctx, req.r, mustGet(ctx, req)), warnings };
    }
  }
  return applyManifest(ctx, req, m, 200, warnings);
}

/** PUT of an object: 409 on a stale resourceVersion, 404 when absent. */
export function update(ctx: ServeContext, req: ResourceRequest, body: Buffer, contentType: string
  | undefined): WriteResult {
  writable(ctx, req, 'update');
  const current = mustGet(ctx, req);
  return replace(ctx, req, current, checkIdentity(decodeBody(body, contentType, req.r.kind), req));
}

/**
 * PATCH: JSON merge, strategic merge or JSON patch of the served object, or server-side apply
 * (application/apply-patch+yaml), which also creates a missing object.
 */
export function patch(ctx: ServeContext, req: ResourceRequest, body: Buffer, contentType: string
  | undefined): WriteResult {
  writable(ctx, req, 'patch');
  if (mediaType(contentType) === APPLY_PATCH) return serverSideApply(ctx, req, body);
  const current = mustGet(ctx, req);
  return replace(ctx, req, current, checkIdentity(patched(served(ctx, req.r, current), body, contentType), req));
}

const APPLY_PATCH = 'application/apply-patch+yaml';
const mediaType = (contentType: string | undefined): string => (contentType ?? '').split(';')[0].trim();

/**
 * Server-side apply (apiserver pkg/endpoints/handlers/patch.go applyPatcher): the body is the
 * applier's whole intent, in YAML or JSON; `fieldManager` is required; a missing object is
 * created (201). kubesim keeps no managedFields: the intent is merged into the live object
 * as a strategic merge patch, so a field the applier stops listing stays and no field
 * conflict is ever reported (README's status table says so).
 */
function serverSideApply(ctx: ServeContext, req: ResourceRequest, body: Buffer): WriteResult {
  if (!req.query.get('fieldManager')) throw invalid('PatchOptions', 'meta.k8s.io', '',
    [{ field: 'fieldManager', message: 'Required value: is required for apply patch' }]);
  const intent = checkIdentity(decodeBody(body, 'application/yaml', req.r.kind), req);
  const key = req.r.namespaced ? `${req.namespace ?? 'default'}/${req.name!}` : req.name!;
  const current = ctx.cluster.get(req.r.store, key);
  if (!current) {
    const m = manifestOf(intent);
    return applyManifest(ctx, req, m, 201, validate(m, req));
  }
  const merged = strategicMergePatch(manifestOf(served(ctx, req.r, current)), manifestOf(intent)) as Obj;
  return replace(ctx, req, current, merged);
}

/** The served form of `base` after a patch body of the given content type. */
export function patched(base: Obj, body: Buffer, contentType: string | undefined): Obj {
  const ct = (contentType ?? '').split(';')[0].trim();
  const p = decodeBody(body, 'application/json', 'a patch');
  try {
    if (ct === 'application/merge-patch+json') return mergePatch(base, p) as Obj;
    if (ct === 'application/strategic-merge-patch+json') return strategicMergePatch(base, p) as Obj;
    if (ct === 'application/json-patch+json') return jsonPatch(base, p) as Obj;
  } catch (e) {
    if (e instanceof PatchTestFailed) throw new ApiError(422, 'Invalid', e.message);
    throw e;
  }
  throw new ApiError(415, 'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, ` +
      `application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json`);
}
