import { isObj } from '../api/validation/common.js';
import { variedRules } from './variation.js';
const secs = (ms) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`);
/**
 * Turns generated faults into scenario timeline entries. Node faults never take the last live
 * node (a cluster with no node cannot converge, which would drown real findings) and never lose
 * a node that is already lost; recoveries follow their loss. Entries are in time order.
 */
export function faultTimeline(faults, nodeNames, pods, userNodeEvents = []) {
    const sorted = faults.map((f, i) => ({ f, i })).sort((a, b) => a.f.at - b.f.at || a.i - b.i).map((x) => x.f);
    const out = [];
    const lost = new Set();
    const recoveries = [];
    const user = [...userNodeEvents].sort((a, b) => a.at - b.at);
    const recoverUntil = (t) => {
        recoveries.sort((a, b) => a.at - b.at || a.node.localeCompare(b.node));
        while (recoveries.length && recoveries[0].at <= t) {
            const r = recoveries.shift();
            lost.delete(r.node);
            out.push({ at: r.at, entry: { at: secs(r.at), nodeRecovered: r.node } });
        }
    };
    // The user's own node losses and recoveries count too (they happen first at equal times).
    const userUntil = (t) => {
        while (user.length && user[0].at <= t) {
            const u = user.shift();
            if (u.lost)
                lost.add(u.node);
            else
                lost.delete(u.node);
        }
    };
    for (const f of sorted) {
        userUntil(f.at);
        recoverUntil(f.at);
        if (f.kind === 'nodeLost') {
            if (nodeNames.length === 0)
                continue;
            const node = nodeNames[f.target % nodeNames.length];
            if (lost.has(node) || lost.size + 1 >= nodeNames.length)
                continue;
            lost.add(node);
            out.push({ at: f.at, entry: { at: secs(f.at), nodeLost: node } });
            if (f.recoverAfter !== undefined)
                recoveries.push({ at: f.at + f.recoverAfter, node });
        }
        else {
            if (pods.length === 0)
                continue;
            const t = pods[f.target % pods.length];
            out.push({ at: f.at, entry: { at: secs(f.at), fault: { type: f.kind, pod: t.pod,
                        ...(t.namespace !== 'default' ? { namespace: t.namespace } : {}),
                        ...(t.container ? { container: t.container } : {}) } } });
        }
    }
    recoverUntil(Number.POSITIVE_INFINITY);
    return out.sort((a, b) => a.at - b.at).map((x) => x.entry);
}
/** Node names of a `nodes:` list as the loader expands it (`name`, or `namePrefix` + `count`). */
export function nodeNamesOf(nodes) {
    const out = [];
    if (!Array.isArray(nodes))
        return out;
    for (const e of nodes) {
        if (!isObj(e))
            continue;
        if (typeof e.name === 'string')
            out.push(e.name);
        else if (typeof e.namePrefix === 'string')
            for (let i = 0; i < (typeof e.count === 'number' ? e.count
                : 1); i++)
                out.push(`${e.namePrefix}${i}`);
    }
    return out;
}
/** The scenario document one case describes: the base with the case's seed, node counts and faults. */
export function applyCase(base, c) {
    const doc = { ...base.doc };
    doc.seed = c.seed;
    if (Array.isArray(doc.nodes)) {
        doc.nodes = doc.nodes.map((e, i) => (isObj(e) && typeof e.namePrefix === 'string' && base.nodeGroups[i] > 0
            && c.nodeCounts[i] !== undefined ? { ...e, count: c.nodeCounts[i] } : e));
    }
    const varied = variedRules(Array.isArray(doc.behaviors) ? doc.behaviors : [], c.startDelays ?? [], c.behaviors);
    if (varied.length)
        doc.behaviors = varied;
    const generated = c.ops.map(chaosEntry);
    const own = Array.isArray(doc.timeline) ? doc.timeline : [];
    if (own.length || generated.length)
        doc.timeline = [...own, ...generated];
    else
        delete doc.timeline;
    return doc;
}
/** A generated op as a scenario timeline entry: `{at: 3m10s, chaos: {kind: nodeLost, pick: 2, recoverAfter: 1m}}`. */
export function chaosEntry(op) {
    return {
        at: secs(op.at),
        chaos: {
            kind: op.kind, pick: op.pick,
            ...(op.recoverAfter !== undefined ? { recoverAfter: secs(op.recoverAfter) } : {}),
            ...(op.delta !== undefined ? { delta: op.delta } : {}),
            ...(op.delay !== undefined ? { delay: secs(op.delay) } : {}),
        },
    };
}
/** How big a case's scenario is: objects in manifests and entries in the timeline. */
export function caseSize(doc) {
    return {
        objects: Array.isArray(doc.manifests) ? doc.manifests.length : 0,
        faults: Array.isArray(doc.timeline) ? doc.timeline.length : 0,
        nodes: nodeNamesOf(doc.nodes).length,
    };
}
