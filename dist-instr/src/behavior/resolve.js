import { parse } from 'yaml';
import { parseBehavior } from '../api/behavior.js';
import { scaledValue } from '../api/quantity.js';
/** Pod annotation with behaviour fields for every container of the pod. */
export const BEHAVIOR_ANNOTATION = 'kubesim.io/behavior';
/** `kubesim.io/behavior.<container>`: behaviour fields for one container. */
export const containerBehaviorAnnotation = (container) => `${BEHAVIOR_ANNOTATION}.${container}`;
/** Compiled globs by pattern: a scenario has few patterns, matched against every pod. */
const globs = new Map();
/** Shell-style glob with `*` and `?`, anchored. */
export function globMatch(pattern, s) {
    let re = globs.get(pattern);
    if (!re) {
        re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
        globs.set(pattern, re);
    }
    return re.test(s);
}
export function ruleMatches(m, pod, container) {
    if (m.pod !== undefined && !globMatch(m.pod, pod.metadata.name))
        return false;
    if (m.container !== undefined && !globMatch(m.container, container.name))
        return false;
    if (m.image !== undefined && !globMatch(m.image, container.image ?? ''))
        return false;
    if (m.labels)
        for (const [k, v] of Object.entries(m.labels))
            if (pod.metadata.labels?.[k] !== v)
                return false;
    return true;
}
function annotationBehavior(pod, key, problems) {
    const text = pod.metadata.annotations?.[key];
    if (text === undefined)
        return undefined;
    let v;
    try {
        v = parse(text);
    }
    catch (e) {
        problems.push({ path: `metadata.annotations[${key}]`,
            message: `not valid YAML: ${e.message.split('\n')[0]}` });
        return undefined;
    }
    return parseBehavior(v, `metadata.annotations[${key}]`, problems);
}
/**
 * The behaviour of one container, from the highest source down (docs/architecture.md):
 * the `kubesim.io/behavior.<container>` annotation, then `kubesim.io/behavior`, then the first
 * scenario rule that matches, then the defaults (an empty spec: start at once, run forever,
 * pass every probe). Timeline faults are applied by the kubelet on top of this.
 * Fields merge: a higher source overrides only the fields it sets.
 */
export function resolveBehavior(rules, pod, container, problems = []) {
    const rule = rules.find((r) => ruleMatches(r.match, pod, container))?.behavior ?? {};
    const podWide = annotationBehavior(pod, BEHAVIOR_ANNOTATION, problems) ?? {};
    const own = annotationBehavior(pod, containerBehaviorAnnotation(container.name), problems) ?? {};
    const b = { ...rule, ...podWide, ...own };
    const memory = ofLimit(b.memory, container, 'memory', problems), cpu = ofLimit(b.cpu, container, 'cpu', problems);
    return memory === b.memory && cpu === b.cpu ? b : { ...b, memory, cpu };
}
/**
 * Steps given as a percentage of the container's limit ("95%") in base units for this container;
 * without a limit such steps mean nothing (a Warning) and are dropped.
 */
function ofLimit(steps, c, resource, problems) {
    if (!steps?.some((s) => s.share !== undefined))
        return steps;
    const q = c.resources?.limits?.[resource];
    if (q === undefined) {
        problems.push({ path: `containers[${c.name}].resources.limits.${resource}`,
            message: `behaviour ${resource} is a percentage of the limit, and the container has none: ignored` });
        const kept = steps.filter((s) => s.share === undefined);
        return kept.length ? kept : undefined;
    }
    const limit = scaledValue(String(q), resource === 'cpu' ? -3 : 0);
    return steps.map((s) => (s.share === undefined ? s : { at: s.at, value: Math.round(s.share * limit) }));
}
/**
 * resolveBehavior for a reader that polls running pods (the HPA's metrics, every 15 s): pods are
 * immutable, so one pod object and container resolve once per rule list. Problems in the
 * annotations are not reported here; the kubelet reports them when it starts the container.
 */
const resolved = new WeakMap();
export function resolvedBehavior(rules, pod, container) {
    let byPod = resolved.get(rules);
    if (!byPod)
        resolved.set(rules, byPod = new WeakMap());
    let byName = byPod.get(pod);
    if (!byName)
        byPod.set(pod, byName = new Map());
    let b = byName.get(container.name);
    if (!b)
        byName.set(container.name, b = resolveBehavior(rules, pod, container));
    return b;
}
/** The value of a step function at `t` ms after the container started (0 before the first step). */
export function valueAt(steps, t) {
    if (!steps || steps.length === 0)
        return 0;
    let v = 0;
    for (const s of steps) {
        if (s.at <= t)
            v = s.value;
        else
            break;
    }
    return v;
}
