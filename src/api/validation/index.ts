import type { FieldProblem } from '../problems.js';
import { MAX_OBJECT_BYTES } from '../limits.js';
import { kindInfo, noKindMatch, removedIn } from '../kinds.js';
import { checkFields, schemaFor, type Schema } from '../schema/index.js';
import { validateDaemonSet, validateDeployment, validateReplicaSet, validateReplicationController,
  validateStatefulSet } from './apps.js';
import { validateHorizontalPodAutoscaler } from './autoscaling.js';
import { validateCronJob, validateJob } from './batch.js';
import { isObj, metadata, type Problems } from './common.js';
import {
  validateConfigMap, validateNamespace, validateNode, validatePersistentVolumeClaim, validatePriorityClass,
    validateSecret,
  validateService,
} from './core.js';
import { validatePodSpec } from './pod.js';
import { validatePodDisruptionBudget } from './policy.js';
import { validateBehaviorAnnotations } from './behavior.js';
import { validateLimitRange, validateResourceQuota } from './policyObjects.js';

export type KindValidator = (p: Problems, obj: Record<string, unknown>) => void;

/** Per-kind validators, after pkg/apis/<group>/validation. Each pushes problems with field paths. */
export const VALIDATORS: Record<string, KindValidator> = {
  Pod: (p, o) => validatePodSpec(p, 'spec', o.spec),
  Node: validateNode,
  ConfigMap: validateConfigMap,
  Secret: validateSecret,
  Namespace: validateNamespace,
  PersistentVolumeClaim: validatePersistentVolumeClaim,
  ReplicationController: validateReplicationController,
  Deployment: validateDeployment,
  ReplicaSet: validateReplicaSet,
  StatefulSet: validateStatefulSet,
  DaemonSet: validateDaemonSet,
  Job: validateJob,
  CronJob: validateCronJob,
  HorizontalPodAutoscaler: validateHorizontalPodAutoscaler,
  PodDisruptionBudget: validatePodDisruptionBudget,
  PriorityClass: validatePriorityClass,
  Service: validateService,
  ResourceQuota: validateResourceQuota,
  LimitRange: validateLimitRange,
};

export interface ValidationResult {
  readonly errors: readonly FieldProblem[];
  readonly warnings: readonly FieldProblem[];
  /** A kind kubesim does not model: skipped with a warning. */
  readonly skipped: boolean;
}

/**
 * Validates one Kubernetes object as `kubectl apply --validate=strict` would, for the kinds kubesim
 * models: unknown fields and wrong types (schema/), then Kubernetes' own rules for the kind.
 * Real fields kubesim does not simulate are warnings; unmodelled kinds are skipped with a warning.
 */
/**
 * What validation found in Pod specs shared by many pods (one object per distinct spec, as
 * loadManifestText's shared specs): the spec's share of the field check and of the rules, found
 * once per spec object. A caller hands one in only while those specs cannot change.
 */
export type PodSpecVerdicts = Map<object, { readonly errors: Problems; readonly warnings: Problems;
  readonly rules: Problems }>;

export function validateObject(obj: unknown,
  opts: { jsonBytesAtMost?: number | undefined; podSpecs?: PodSpecVerdicts | undefined } = {}):
  ValidationResult {
  const errors: Problems = [];
  const warnings: Problems = [];
  if (!isObj(obj)) return {
    errors: [{ path: '', message: 'a manifest must be a YAML mapping with apiVersion, kind and metadata' }], warnings,
      skipped: false };
  if (typeof obj.apiVersion !== 'string' || obj.apiVersion === '') errors.push(
    { path: 'apiVersion', message: 'Required value' });
  if (typeof obj.kind !== 'string' || obj.kind === '') errors.push({ path: 'kind', message: 'Required value' });
  if (errors.length) return { errors, warnings, skipped: false };
  const kind = obj.kind as string, apiVersion = obj.apiVersion as string;
  // The API server reads at most MaxRequestBodyBytes of a request before decoding it.
  // (A caller that knows the object is far smaller, from the text it was read from, spares the measure.)
  const size = (opts.jsonBytesAtMost ?? Infinity) <= MAX_OBJECT_BYTES ? 0 : jsonBytes(obj);
  if (size > MAX_OBJECT_BYTES) return { errors: [{ path: '',
    message: `Request entity too large: limit is ${MAX_OBJECT_BYTES} (the object is ${size} bytes as JSON; the API ` +
      `server's MaxRequestBodyBytes)` }], warnings, skipped: false };
  const removed = removedIn(apiVersion, kind);
  const info = kindInfo(kind);
  if (removed) {
    const served = info?.apiVersions ?? SERVED_ELSEWHERE[kind];
    const instead = served === undefined ? 'use a current API version' : served.length
      ? `use ${served.map((v) => `apiVersion: ${v}`).join(' or ')}` : 'it has no replacement API';
    errors.push({ path: 'apiVersion', message: `${apiVersion} ${kind} is no longer served: ${removed}; ${instead}` });
    return { errors, warnings, skipped: false };
  }
  const noMatch = info ? undefined : noKindMatch(apiVersion, kind);
  if (noMatch) {
    // A typo (Deployemnt in apps/v1) is not a kind kubesim skips: kubectl apply refuses it.
    errors.push({ path: 'kind', message: noMatch });
    return { errors, warnings, skipped: false };
  }
  if (!info) {
    warnings.push({ path: 'kind', message: `${kind} (${apiVersion}) is not simulated by kubesim: skipped` });
    return { errors, warnings, skipped: true };
  }
  if (!info.apiVersions.includes(apiVersion)) {
    errors.push(
      { path: 'apiVersion',
        message: `Unsupported value: ${JSON.stringify(apiVersion)}: supported values for ${kind}: ` +
          `${info.apiVersions.map((v) => `"${v}"`).join(', ')}` });
    return { errors, warnings, skipped: false };
  }
  const schema = schemaFor(kind, apiVersion);
  const verdict = kind === 'Pod' && opts.podSpecs && isObj(obj.spec) && schema?.t === 'object'
    ? specVerdict(obj.spec, schema.fields.spec, opts.podSpecs) : undefined;
  if (schema) checkFields(obj, schema, '', errors, warnings, true, verdict && ((k) => {
    if (k !== 'spec') return false;
    for (const x of verdict.errors) errors.push({ ...x });
    for (const x of verdict.warnings) warnings.push({ ...x });
    return true;
  }));
  // A value of the wrong type gets one error (the schema's); the rules below would only repeat it.
  const wrongType = new Set(errors.filter((e) => /: expected .+, got [a-z]+$/.test(e.message)).map((e) => e.path));
  const rules: Problems = [];
  metadata(rules, obj.metadata, info.namespaced);
  if (verdict) for (const x of verdict.rules) rules.push({ ...x });
  else VALIDATORS[kind]?.(rules, obj);
  for (const t of podTemplates(obj)) validateBehaviorAnnotations(rules, warnings, t.path, t.metadata, t.spec);
  errors.push(...rules.filter((e) => !wrongType.has(e.path)));
  // The API server clears metadata.namespace on cluster-scoped objects (rest.BeforeCreate).
  if (!info.namespaced && isObj(obj.metadata) && typeof obj.metadata.namespace === 'string'
    && obj.metadata.namespace !== '') warnings.push({ path: 'metadata.namespace',
      message: `ignored: ${kind} is not namespaced` });
  if (kind === 'Node' && !(isObj(obj.status) && isObj(obj.status.capacity))) warnings.push(
    { path: 'status.capacity',
      message: 'not set: the node offers only pods: 110 and no cpu or memory (give status.capacity as the kubelet ' +
        'would report it)' });
  return { errors: dedupe(errors), warnings, skipped: false };
}

/** A Pod spec's share of validateObject's findings (PodSpecVerdicts), found on its first pod. */
function specVerdict(spec: Record<string, unknown>, schema: Schema, verdicts: PodSpecVerdicts) {
  let v = verdicts.get(spec);
  if (v) return v;
  const errors: Problems = [], warnings: Problems = [], rules: Problems = [];
  checkFields(spec, schema, 'spec', errors, warnings);
  VALIDATORS.Pod(rules, { spec });
  verdicts.set(spec, (v = { errors, warnings, rules }));
  return v;
}

/** Where an object keeps pod metadata and spec: the Pod itself, or its (job) template. */
function podTemplates(o: Record<string, unknown>): { path: string; metadata: unknown; spec: unknown }[] {
  if (o.kind === 'Pod') return [{ path: 'metadata', metadata: o.metadata, spec: o.spec }];
  const s = isObj(o.spec) ? o.spec : {};
  const t = isObj(s.template) ? s.template : isObj(s.jobTemplate) && isObj(s.jobTemplate.spec)
    && isObj(s.jobTemplate.spec.template) ? s.jobTemplate.spec.template : undefined;
  if (!t) return [];
  const path = isObj(s.template) ? 'spec.template.metadata' : 'spec.jobTemplate.spec.template.metadata';
  return [{ path, metadata: t.metadata, spec: t.spec }];
}

/** Current versions of kinds kubesim skips, for removed-version messages (deprecation guide). */
const SERVED_ELSEWHERE: Readonly<Record<string, readonly string[]>> = {
  Ingress: ['networking.k8s.io/v1'], PodSecurityPolicy: [], NetworkPolicy: ['networking.k8s.io/v1'],
  EndpointSlice: ['discovery.k8s.io/v1'], Event: ['events.k8s.io/v1'], RuntimeClass: ['node.k8s.io/v1'],
  CustomResourceDefinition: ['apiextensions.k8s.io/v1'], Role: ['rbac.authorization.k8s.io/v1'],
    RoleBinding: ['rbac.authorization.k8s.io/v1'],
  ClusterRole: ['rbac.authorization.k8s.io/v1'], ClusterRoleBinding: ['rbac.authorization.k8s.io/v1'],
    CSIDriver: ['storage.k8s.io/v1'],
};

/** The object's size as JSON in UTF-8 bytes (depth is bounded by the YAML reader before this). */
const jsonBytes = (o: unknown): number => Buffer.byteLength(JSON.stringify(o) ?? '', 'utf8');

const dedupe = (ps: Problems): Problems => {
  const seen = new Set<string>();
  return ps.filter((x) => { const k = `${x.path}\u0000${x.message}`; if (seen.has(k)) return false; seen.add(k);
    return true; });
};
