import { isObj } from '../api/validation/common.js';
import { loadManifestFile, loadScenario } from '../scenario/load.js';
import { parseYamlDocuments } from '../scenario/yaml.js';
/**
 * Reads a scenario file into a self-contained fuzz base: the loader validates it (bad input
 * throws ScenarioError), and every `{file: ...}` manifest reference (in manifests, staticPods and
 * timeline apply entries) is replaced by the objects it holds, so a case can be written as one
 * plain YAML file and run from anywhere.
 */
export function loadFuzzBase(path, fs) {
    const { scenario } = loadScenario(path, fs);
    const raw = parseYamlDocuments(fs.read(path), path).docs[0];
    const inline = (entry) => {
        if (isObj(entry) && typeof entry.file === 'string' && Object.keys(entry).length === 1)
            return loadManifestFile(fs.resolve(path, entry.file), fs).value.map((o) => o.object);
        return [entry];
    };
    const doc = { ...raw };
    if (Array.isArray(raw.manifests))
        doc.manifests = raw.manifests.flatMap(inline);
    if (Array.isArray(raw.staticPods))
        doc.staticPods = raw.staticPods.map((sp) => (isObj(sp) && typeof sp.file === 'string'
            ? { node: sp.node, manifest: inline({ file: sp.file })[0] } : sp));
    if (Array.isArray(raw.timeline))
        doc.timeline = raw.timeline.map((e) => (isObj(e) && e.apply !== undefined
            ? { ...e, apply: (Array.isArray(e.apply) ? e.apply : [e.apply]).flatMap(inline) } : e));
    const nodeGroups = Array.isArray(raw.nodes) ? raw.nodes.map((e) => (isObj(e) && typeof e.namePrefix === 'string' ? (typeof e.count === 'number' ? e.count : 1) : 0)) : [];
    // Node names the user's own timeline and static pods use: counts never shrink below them.
    const used = new Set(scenario.staticPods.map((sp) => sp.node));
    for (const e of scenario.timeline)
        if ('node' in e.action
            && typeof e.action.node === 'string')
            used.add(e.action.node);
    const nodeMins = (Array.isArray(raw.nodes) ? raw.nodes : []).map((e) => {
        if (!isObj(e) || typeof e.namePrefix !== 'string')
            return 1;
        let min = 1;
        for (const n of used)
            if (n.startsWith(e.namePrefix) && /^\d+$/.test(n.slice(e.namePrefix.length)))
                min =
                    Math.max(min, Number(n.slice(e.namePrefix.length)) + 1);
        return min;
    });
    const userNodeEvents = scenario.timeline.flatMap((e) => (e.action.kind === 'nodeLost'
        || e.action.kind === 'nodeRecovered' ? [{ at: e.at, node: e.action.node, lost: e.action.kind === 'nodeLost' }]
        : []));
    return { base: { doc, nodeGroups, nodeMins, userNodeEvents, podTargets: podTargets(scenario), until: scenario.until,
            behaviorRules: scenario.behaviors.length, ...(scenario.vary ? { vary: scenario.vary } : {}) }, scenario };
}
/** Pods whose names are known before the run: bare Pods and StatefulSet ordinals. */
export function podTargets(s) {
    const out = [];
    for (const { object: o } of s.manifests) {
        const namespace = o.metadata.namespace || 'default';
        if (o.kind === 'Pod')
            out.push({ namespace, pod: o.metadata.name });
        if (o.kind === 'StatefulSet') {
            const spec = (o.spec ?? {});
            for (let i = 0; i < (spec.replicas ?? 1); i++)
                out.push({ namespace, pod: `${o.metadata.name}-${i}` });
        }
    }
    return out;
}
