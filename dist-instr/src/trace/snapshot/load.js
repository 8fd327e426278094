import { wholeText } from '../io.js';
import { SYSTEM_NAMESPACES } from '../../api/bootstrap.js';
/**
 * A node lists its images fully qualified (docker.io/library/nginx:1.27), pods name them as
 * written (nginx:1.27); the runtime treats both as one image. Adds each name's familiar form
 * (github.com/distribution/reference normalize.go FamiliarName: drop docker.io/ and library/) so
 * the kubelet finds a pod's image in the node's cache.
 */
export function familiarName(name) {
    const short = name.startsWith('docker.io/') ? name.slice('docker.io/'.length) : name;
    return short.startsWith('library/') && short.indexOf('/', 'library/'.length) < 0 ? short.slice('library/'.length)
        : short;
}
function withFamiliarImageNames(node) {
    const images = node.status?.images;
    if (!images?.length)
        return node;
    const named = images.map((i) => ({ ...i, names: [...new Set([...i.names, ...i.names.map(familiarName)])] }));
    return { ...node, status: { ...node.status, images: named } };
}
/**
 * A cluster snapshot: the `kind: List` that `kubectl get nodes,pods,deploy,rs,sts,ds,jobs,
 * cronjobs,hpa,pdb,cm -A -o yaml` prints, as the state at t=0. Objects keep their uids, so the
 * controllers find the ReplicaSets, StatefulSets and pods they own through ownerReferences and
 * adopt them instead of creating new ones; pods bound to a node (spec.nodeName) start there
 * without the scheduler, with the images the node lists in status.images already present.
 * Pods that had finished (Succeeded, Failed) or were being deleted are not recreated, and each
 * is named in a warning. Kinds kubesim does not model are warned about by the manifest reader.
 */
export function loadSnapshot(files, io) {
    const problems = [];
    const warnings = [];
    const nodes = [];
    const manifests = [];
    for (const file of files) {
        let text;
        try {
            text = wholeText(io.chunks(file));
        }
        catch {
            problems.push({ file, message: 'cannot read file (does it exist?)' });
            continue;
        }
        const r = io.manifests(text, file);
        problems.push(...r.problems);
        warnings.push(...r.warnings);
        for (const m of r.value) {
            const o = m.object;
            if (o.kind === 'Node') {
                nodes.push(withFamiliarImageNames(o));
                continue;
            }
            if (o.kind === 'Pod') {
                const p = o;
                const phase = p.status?.phase;
                if (phase === 'Succeeded' || phase === 'Failed' || p.metadata.deletionTimestamp !== undefined) {
                    const why = p.metadata.deletionTimestamp !== undefined ? 'was being deleted' : `had finished (${phase})`;
                    warnings.push({ file, object: m.source.object ?? `Pod/${o.metadata.name}`,
                        message: `${why}: not recreated at t=0` });
                    continue;
                }
            }
            manifests.push(m);
        }
    }
    return { nodes, manifests: [...namespacesOf(manifests), ...manifests], problems, warnings };
}
/**
 * The Namespaces a dump's objects live in: `kubectl get ... -A` lists no Namespace objects, but
 * the recorded cluster had them, and the API server refuses creates in a missing namespace.
 */
function namespacesOf(manifests) {
    const listed = new Set(manifests.filter((m) => m.object.kind === 'Namespace').map((m) => m.object.metadata.name));
    const out = new Map();
    for (const m of manifests) {
        const ns = m.object.metadata.namespace;
        if (!ns || listed.has(ns) || SYSTEM_NAMESPACES.includes(ns) || out.has(ns))
            continue;
        out.set(ns, { object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } }, source: m.source });
    }
    return [...out.values()];
}
