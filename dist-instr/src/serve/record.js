import { stringify } from 'yaml';
/** One accepted write as a scenario timeline entry (the syntax scenario/load.ts reads). */
export function timelineEntry(at, a) {
    const ref = (x) => ({ kind: x.objectKind, ...(x.namespace ? { namespace: x.namespace } : {}), name: x.name });
    switch (a.kind) {
        case 'apply': return { at, apply: a.objects.length === 1 ? a.objects[0].object : a.objects.map((o) => o.object) };
        case 'delete': return { at, delete: { ...ref(a), ...(a.gracePeriodSeconds !== undefined
                    ? { gracePeriodSeconds: a.gracePeriodSeconds } : {}), ...(a.force ? { force: true } : {}),
                ...(a.propagationPolicy ? { propagationPolicy: a.propagationPolicy } : {}) } };
        case 'scale': return { at, scale: { ...ref(a), replicas: a.replicas } };
        case 'cordon':
        case 'uncordon':
        case 'removeNode': return { at, [a.kind]: a.node };
        case 'evict': return { at, evict: { namespace: a.namespace, pod: a.pod,
                ...(a.gracePeriodSeconds !== undefined ? { gracePeriodSeconds: a.gracePeriodSeconds } : {}) } };
        default: throw new Error(`kubesim serve does not record ${a.kind} actions`);
    }
}
/**
 * The served session as a scenario: the original scenario document (its `{file: ...}`
 * references rebased by `rebase`), `until` at the session's last instant, and every accepted
 * write appended to the timeline at its instant. `kubesim run` of it gives the session's log.
 */
export function sessionScenario(doc, writes, until, rebase, seed) {
    const fix = (v) => {
        if (Array.isArray(v))
            return v.map(fix);
        if (typeof v !== 'object' || v === null)
            return v;
        const o = v;
        if (typeof o.file === 'string' && Object.keys(o).length === 1)
            return { file: rebase(o.file) };
        if (typeof o.file === 'string' && typeof o.node === 'string')
            return { ...o, file: rebase(o.file) };
        return o;
    };
    const timeline = [...(Array.isArray(doc.timeline) ? doc.timeline.map((e) => {
            const x = e;
            return 'apply' in x ? { ...x, apply: fix(x.apply) } : x;
        }) : []), ...writes.map((w) => timelineEntry(w.at, w.action))];
    const out = {
        ...doc, ...(seed !== undefined ? { seed } : {}), until,
        ...(doc.manifests ? { manifests: fix(doc.manifests) } : {}),
        ...(doc.staticPods ? { staticPods: fix(doc.staticPods) } : {}),
        ...(timeline.length ? { timeline } : {}),
    };
    return `# kubesim serve --record: the scenario plus every accepted write, at its virtual instant ` +
        `(ms)\n${stringify(out, { lineWidth: 0 })}`;
}
