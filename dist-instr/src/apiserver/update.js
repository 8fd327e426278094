const sameMap = (a, b) => JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b ?? {}).sort());
/** Whether `applied` says nothing `stored` contradicts: every field it gives is stored (defaults may add more). */
function covers(stored, applied) {
    if (applied === undefined || applied === null)
        return true;
    if (Array.isArray(applied))
        return Array.isArray(stored) && stored.length === applied.length
            && applied.every((x, i) => covers(stored[i], x));
    if (typeof applied === 'object') {
        if (typeof stored !== 'object' || stored === null || Array.isArray(stored))
            return false;
        return Object.entries(applied).every(([k, v]) => covers(stored[k], v));
    }
    return stored === applied;
}
/**
 * An apply of a pod that exists: its labels and annotations change (PodMetadataChanged), as an
 * update through the API server changes them; its spec does not (pod specs are immutable, and
 * kubesim does not simulate the in-place image changes the API server allows): a spec the
 * stored pod does not cover is reported, not applied.
 */
export function updatePod(stored, applied, key, source, out) {
    const m = applied.metadata;
    const labels = !sameMap(stored.metadata.labels, m.labels) ? { labels: { ...(m.labels ?? {}) } } : {};
    const annotations = !sameMap(stored.metadata.annotations, m.annotations)
        ? { annotations: { ...(m.annotations ?? {}) } } : {};
    if (labels.labels || annotations.annotations)
        out.emit({ type: 'PodMetadataChanged', at: out.now, pod: key,
            uid: stored.metadata.uid, ...labels, ...annotations });
    if (!covers(stored.spec, applied.spec))
        out.emit({ type: 'Warning', at: out.now, object: `Pod/${key}`,
            message: `${source.file}: pod already exists; pod specs are immutable, so the applied spec change is ignored` });
}
/** kubelet_node_status.go updateDefaultLabels: the kubelet puts its hostname label back on the node. */
const KUBELET_LABELS = (name) => ({ 'kubernetes.io/hostname': name });
/**
 * An apply of a node that exists (kubectl label, annotate, taint, cordon through the API): its
 * labels and annotations (NodeMetadataChanged), taints (NodeTainted / NodeUntainted) and
 * spec.unschedulable (NodeSchedulableChanged) change; status is the kubelet's and is kept, as
 * the node registry keeps it on an update.
 */
export function updateNode(stored, applied, out) {
    const node = stored.metadata.name, now = out.now;
    const m = applied.metadata;
    const wanted = { ...(m.labels ?? {}), ...KUBELET_LABELS(node) };
    const labels = !sameMap(stored.metadata.labels, wanted) ? { labels: wanted } : {};
    const annotations = !sameMap(stored.metadata.annotations, m.annotations)
        ? { annotations: { ...(m.annotations ?? {}) } } : {};
    if (labels.labels || annotations.annotations)
        out.emit({ type: 'NodeMetadataChanged', at: now, node, ...labels,
            ...annotations });
    const spec = (applied.spec ?? {});
    const before = stored.spec.taints ?? [], after = spec.taints ?? [];
    const same = (a, b) => a.key === b.key && a.effect === b.effect;
    for (const t of before) {
        if (!after.some((x) => same(x, t)))
            out.emit({ type: 'NodeUntainted', at: now, node, key: t.key,
                effect: t.effect });
    }
    // timeAdded comes back from a client as text: a taint is the same when key, value and effect are.
    for (const t of after) {
        const was = before.find((x) => same(x, t));
        if (was && (was.value ?? '') === (t.value ?? ''))
            continue;
        const { timeAdded, ...taint } = t;
        out.emit({ type: 'NodeTainted', at: now, node,
            taint: (typeof timeAdded === 'number' ? { ...taint, timeAdded } : taint) });
    }
    const unschedulable = spec.unschedulable === true;
    if (unschedulable !== (stored.spec.unschedulable === true))
        out.emit({
            type: 'NodeSchedulableChanged', at: now, node, unschedulable
        });
}
