import { MAX_OBJECT_BYTES } from '../limits.js';
import { kindInfo, noKindMatch, removedIn } from '../kinds.js';
import { checkFields, schemaFor } from '../schema/index.js';
import { validateDaemonSet, validateDeployment, validateReplicaSet, validateReplicationController, validateStatefulSet } from './apps.js';
import { validateHorizontalPodAutoscaler } from './autoscaling.js';
import { validateCronJob, validateJob } from './batch.js';
import { isObj, metadata } from './common.js';
import { validateConfigMap, validateNamespace, validateNode, validatePersistentVolumeClaim, validatePriorityClass, validateSecret, validateService, } from './core.js';
import { validatePodSpec } from './pod.js';
import { validatePodDisruptionBudget } from './policy.js';
import { validateBehaviorAnnotations } from './behavior.js';
import { validateLimitRange, validateResourceQuota } from './policyObjects.js';
/** Per-kind validators, after pkg/apis/<group>/validation. Each pushes problems with field paths. */
export const VALIDATORS = {
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
export function validateObject(obj, opts = {}) {
    const errors = [];
    const warnings = [];
    if (!isObj(obj))
        return {
            errors: [{ path: '', message: 'a manifest must be a YAML mapping with apiVersion, kind and metadata' }], warnings,
            skipped: false
        };
    if (typeof obj.apiVersion !== 'string' || obj.apiVersion === '')
        errors.push({ path: 'apiVersion', message: 'Required value' });
    if (typeof obj.kind !== 'string' || obj.kind === '')
        errors.push({ path: 'kind', message: 'Required value' });
    if (errors.length)
        return { errors, warnings, skipped: false };
    const kind = obj.kind, apiVersion = obj.apiVersion;
    // The API server reads at most MaxRequestBodyBytes of a request before decoding it.
    // (A caller that knows the object is far smaller, from the text it was read from, spares the measure.)
    const size = (opts.jsonBytesAtMost ?? Infinity) <= MAX_OBJECT_BYTES ? 0 : jsonBytes(obj);
    if (size > MAX_OBJECT_BYTES)
        return { errors: [{ path: '',
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
        errors.push({ path: 'apiVersion',
            message: `Unsupported value: ${JSON.stringify(apiVersion)}: supported values for ${kind}: ` +
                `${info.apiVersions.map((v) => `"${v}"`).join(', ')}` });
        return { errors, warnings, skipped: false };
    }
    const schema = schemaFor(kind, apiVersion);
    const verdict = kind === 'Pod' && opts.podSpecs && isObj(obj.spec) && schema?.t === 'object'
        ? specVerdict(obj.spec, schema.fields.spec, opts.podSpecs) : undefined;
    if (schema)
        checkFields(obj, schema, '', errors, warnings, true, verdict && ((k) => {
            if (k !== 'spec')
                return false;
            for (const x of verdict.errors)
                errors.push({ ...x });
            for (const x of verdict.warnings)
                warnings.push({ ...x });
            return true;
        }));
    // A value of the wrong type gets one error (the schema's); the rules below would only repeat it.
    const wrongType = new Set(errors.filter((e) => /: expected .+, got [a-z]+$/.test(e.message)).map((e) => e.path));
    const rules = [];
    metadata(rules, obj.metadata, info.namespaced);
    if (verdict)
        for (const x of verdict.rules)
            rules.push({ ...x });
    else
        VALIDATORS[kind]?.(rules, obj);
    for (const t of podTemplates(obj))
        validateBehaviorAnnotations(rules, warnings, t.path, t.metadata, t.spec);
    errors.push(...rules.filter((e) => !wrongType.has(e.path)));
    // The API server clears metadata.namespace on cluster-scoped objects (rest.BeforeCreate).
    if (!info.namespaced && isObj(obj.metadata) && typeof obj.metadata.namespace === 'string'
        && obj.metadata.namespace !== '')
        warnings.push({ path: 'metadata.namespace',
            message: `ignored: ${kind} is not namespaced` });
    if (kind === 'Node' && !(isObj(obj.status) && isObj(obj.status.capacity)))
        warnings.push({ path: 'status.capacity',
            message: 'not set: the node offers only pods: 110 and no cpu or memory (give status.capacity as the kubelet ' +
                'would report it)' });
    return { errors: dedupe(errors), warnings, skipped: false };
}
/** A Pod spec's share of validateObject's findings (PodSpecVerdicts), found on its first pod. */
function specVerdict(spec, schema, verdicts) {
    let v = verdicts.get(spec);
    if (v)
        return v;
    const errors = [], warnings = [], rules = [];
    checkFields(spec, schema, 'spec', errors, warnings);
    VALIDATORS.Pod(rules, { spec });
    verdicts.set(spec, (v = { errors, warnings, rules }));
    return v;
}
/** Where an object keeps pod metadata and spec: the Pod itself, or its (job) template. */
function podTemplates(o) {
    if (o.kind === 'Pod')
        return [{ path: 'metadata', metadata: o.metadata, spec: o.spec }];
    const s = isObj(o.spec) ? o.spec : {};
    const t = isObj(s.template) ? s.template : isObj(s.jobTemplate) && isObj(s.jobTemplate.spec)
        && isObj(s.jobTemplate.spec.template) ? s.jobTemplate.spec.template : undefined;
    if (!t)
        return [];
    const path = isObj(s.template) ? 'spec.template.metadata' : 'spec.jobTemplate.spec.template.metadata';
    return [{ path, metadata: t.metadata, spec: t.spec }];
}
/** Current versions of kinds kubesim skips, for removed-version messages (deprecation guide). */
const SERVED_ELSEWHERE = {
    Ingress: ['networking.k8s.io/v1'], PodSecurityPolicy: [], NetworkPolicy: ['networking.k8s.io/v1'],
    EndpointSlice: ['discovery.k8s.io/v1'], Event: ['events.k8s.io/v1'], RuntimeClass: ['node.k8s.io/v1'],
    CustomResourceDefinition: ['apiextensions.k8s.io/v1'], Role: ['rbac.authorization.k8s.io/v1'],
    RoleBinding: ['rbac.authorization.k8s.io/v1'],
    ClusterRole: ['rbac.authorization.k8s.io/v1'], ClusterRoleBinding: ['rbac.authorization.k8s.io/v1'],
    CSIDriver: ['storage.k8s.io/v1'],
};
/** The object's size as JSON in UTF-8 bytes (depth is bounded by the YAML reader before this). */
const jsonBytes = (o) => Buffer.byteLength(JSON.stringify(o) ?? '', 'utf8');
const dedupe = (ps) => {
    const seen = new Set();
    return ps.filter((x) => {
        const k = `${x.path}\u0000${x.message}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
};
