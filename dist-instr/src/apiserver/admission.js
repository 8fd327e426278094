import { defaultPodSpec } from '../api/defaults.js';
import { qosClass } from '../api/resources.js';
import { objectKey } from '../api/ids.js';
import { tget } from '../reducers/table.js';
import { getObject, listObjects, objectCount } from '../reducers/state.js';
import { aggregate } from '../api/problems.js';
import { LIMIT_RANGER_ANNOTATION, limitRangeDefaults, limitRangeViolations } from './limitRanger.js';
import { forbidden, namespaceRefusal, policyObjectsIn } from './namespaces.js';
import { admitPodQuota } from './resourceQuota.js';
import { SYSTEM_PRIORITY_CLASSES } from '../api/priority.js';
/**
 * DefaultTolerationSeconds admission (plugin/pkg/admission/defaulttolerationseconds): every pod
 * that does not tolerate them gets not-ready and unreachable NoExecute tolerations of 300 s.
 */
export const DEFAULT_NOT_READY_TOLERATION_SECONDS = 300;
export const DEFAULT_UNREACHABLE_TOLERATION_SECONDS = 300;
export const TAINT_NODE_NOT_READY = 'node.kubernetes.io/not-ready';
export const TAINT_NODE_UNREACHABLE = 'node.kubernetes.io/unreachable';
/** generateName suffix alphabet and length (apiserver names.SimpleNameGenerator: utilrand.String(5)). */
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
export function generateName(prefix, rng) {
    let s = '';
    for (let i = 0; i < 5; i++)
        s += NAME_ALPHABET[rng.int(0, NAME_ALPHABET.length - 1)];
    return prefix + s;
}
function tolerates(tols, key) {
    return tols.some((t) => (t.operator === 'Exists' && (t.key === undefined || t.key === '')
        && (!t.effect || t.effect === 'NoExecute')) || (t.key === key && (!t.effect || t.effect === 'NoExecute')));
}
export function defaultTolerations(tols) {
    const out = [...(tols ?? [])];
    if (!tolerates(out, TAINT_NODE_NOT_READY))
        out.push({ key: TAINT_NODE_NOT_READY, operator: 'Exists',
            effect: 'NoExecute', tolerationSeconds: DEFAULT_NOT_READY_TOLERATION_SECONDS });
    if (!tolerates(out, TAINT_NODE_UNREACHABLE))
        out.push({ key: TAINT_NODE_UNREACHABLE, operator: 'Exists',
            effect: 'NoExecute', tolerationSeconds: DEFAULT_UNREACHABLE_TOLERATION_SECONDS });
    return out;
}
const isEmpty = (o) => {
    for (const _ in o)
        return false;
    return true;
};
/** Priority admission: the pod's priority from its PriorityClass, or the global default, or 0. */
export function resolvePriority(spec, state, pending = {}) {
    const name = spec.priorityClassName;
    if (name) {
        if (name in SYSTEM_PRIORITY_CLASSES)
            return { priority: SYSTEM_PRIORITY_CLASSES[name] };
        const pc = (pending[name] ?? getObject(state, 'priorityclasses', name));
        if (!pc)
            return { error: `no PriorityClass with name ${name} was found` };
        return { priority: pc.value ?? 0, ...(pc.preemptionPolicy ? { preemptionPolicy: pc.preemptionPolicy } : {}) };
    }
    // Classes the same batch created win over stored ones of the same name.
    if (objectCount(state, 'priorityclasses') === 0 && isEmpty(pending))
        return { priority: 0 };
    const classes = [...Object.values(pending), ...listObjects(state, 'priorityclasses').filter((pc) => !(pc.metadata.name in pending))];
    const def = classes.find((pc) => pc.globalDefault);
    return def ? { priority: def.value ?? 0, ...(def.preemptionPolicy ? { preemptionPolicy: def.preemptionPolicy }
            : {}) } : { priority: 0 };
}
const specCache = new WeakMap();
function admittedSpec(template, priority, preemptionPolicy, nodeName, limitRanges) {
    const key = `${priority}/${preemptionPolicy ?? ''}/${limitRanges.map((l) => `${l.metadata.uid}:` +
        `${l.metadata.generation ?? 0}`).join(',')}`;
    let byPriority = nodeName ? undefined : specCache.get(template);
    const hit = byPriority?.get(key);
    if (hit)
        return hit;
    // Decoding defaults first (requests from limits), then LimitRanger's mutation, as the API server orders them.
    const limited = limitRangeDefaults(defaultPodSpec(template), limitRanges);
    const base = limited.spec;
    const spec = {
        ...base,
        tolerations: defaultTolerations(base.tolerations),
        priority,
        ...(preemptionPolicy ? { preemptionPolicy: preemptionPolicy } : {}),
        ...(nodeName ? { nodeName } : {}),
    };
    const admitted = { spec, violations: limitRangeViolations(spec, limitRanges),
        ...(limited.annotation ? { limitRangerNote: limited.annotation } : {}) };
    if (!nodeName) {
        if (!byPriority)
            specCache.set(template, (byPriority = new Map()));
        byPriority.set(key, admitted);
    }
    return admitted;
}
/**
 * Creates a pod the way the API server would: defaults, admission (tolerations, priority), a uid
 * from the seeded stream, status Pending. Returns the PodCreated fact, or an error message
 * (name taken, unknown PriorityClass) that the caller reports.
 */
export function admitPod(manifest, state, now, rng, opts = {}) {
    const md = manifest.metadata ?? {};
    const namespace = md.namespace || 'default';
    const name = opts.name ?? md.name ?? (md.generateName ? generateName(md.generateName, rng) : undefined);
    if (!name)
        return { error: 'metadata.name or metadata.generateName is required' };
    const key = objectKey(namespace, name);
    // The name admission sees: a generateName create is refused under its prefix (`pods "web-" is forbidden`).
    const shown = opts.name || md.name || md.generateName || name;
    const nsRefusal = namespaceRefusal(state, namespace, 'pods', shown, opts.pendingPolicy?.namespaces);
    if (nsRefusal)
        return { error: nsRefusal };
    if (tget(state.podUids, key))
        return { error: `pods "${name}" already exists` };
    const prio = resolvePriority(manifest.spec, state, opts.pendingPriorityClasses);
    if ('error' in prio)
        return prio;
    const admitted = admittedSpec(manifest.spec, prio.priority, prio.preemptionPolicy, opts.nodeName, policyObjectsIn(state, 'limitranges', namespace, opts.pendingPolicy?.limitRanges ?? []));
    const spec = admitted.spec;
    if (admitted.violations.length)
        return { error: forbidden('pods', shown, aggregate(admitted.violations)) };
    const quotaRefusal = admitPodQuota(state, namespace, spec, opts.pendingPolicy?.quotas ?? []);
    if (quotaRefusal)
        return { error: forbidden('pods', shown, quotaRefusal) };
    const uid = rng.uuid();
    const labels = { ...(md.labels ?? {}), ...(opts.labels ?? {}) };
    const annotations = { ...(md.annotations ?? {}), ...(opts.annotations ?? {}),
        ...(admitted.limitRangerNote ? { [LIMIT_RANGER_ANNOTATION]: admitted.limitRangerNote } : {}) };
    const pod = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
            name,
            namespace,
            uid,
            ...(md.generateName ? { generateName: md.generateName } : {}),
            ...(Object.keys(labels).length ? { labels } : {}),
            ...(Object.keys(annotations).length ? { annotations } : {}),
            ...((opts.ownerReferences ?? md.ownerReferences) ? { ownerReferences: opts.ownerReferences
                    ?? md.ownerReferences } : {}),
            creationTimestamp: now,
        },
        spec,
        status: { phase: 'Pending', conditions: [], qosClass: qosClass(spec) },
    };
    return { type: 'PodCreated', at: now, pod: key, uid, object: pod };
}
