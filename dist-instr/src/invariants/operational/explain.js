import { tget } from '../../reducers/table.js';
import { formatDuration } from '../../api/time.js';
/**
 * What happened to nodes and pods so far, for plain-words messages ("node-1 lost at 2m10s").
 * Monitors feed it every batch.
 */
export class Happenings {
    nodeLostAt = new Map();
    /** Lost nodes whose kubelet alone stopped (chaos nodeNotReady): their containers run on. */
    kubeletStopped = new Set();
    injected = new Map();
    see(batch) {
        for (const e of batch) {
            if (e.type === 'NodeLost') {
                this.nodeLostAt.set(e.node, e.at);
                if (e.kubeletOnly)
                    this.kubeletStopped.add(e.node);
                else
                    this.kubeletStopped.delete(e.node);
            }
            else if (e.type === 'NodeRecovered') {
                this.nodeLostAt.delete(e.node);
                this.kubeletStopped.delete(e.node);
            }
            else if (e.type === 'ControllerEvent' && e.reason === 'ChaosInjected')
                this.injected.set(`${e.resource}|${e.key}`, { at: e.at, message: e.message });
        }
    }
}
/**
 * A monitor whose messages say what happened (node losses, injected chaos): it feeds every batch
 * to its own Happenings, which `judge` reads when it judges an instant.
 */
export function explainingMonitor(judge) {
    const h = new Happenings();
    return { facts: (batch) => h.see(batch), instant: (state, until) => judge(h, state, until) };
}
const podSpec = (o) => (o.spec?.template?.spec ?? {});
/**
 * Why a workload's pods are not ready, in plain words: where they were and what happened there
 * ("all 3 replicas were on node-1 because of nodeSelector disk=ssd; node-1 lost at 2m10s").
 */
export function whyNotReady(state, w, pods, h) {
    const nodes = new Map();
    for (const p of pods)
        if (p.spec.nodeName)
            nodes.set(p.spec.nodeName, (nodes.get(p.spec.nodeName) ?? 0) + 1);
    const parts = [];
    const sel = podSpec(w).nodeSelector;
    const because = sel ? ` because of nodeSelector ${Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(',')}` : '';
    if (nodes.size === 1 && pods.length > 1 && pods.every((p) => p.spec.nodeName)) {
        const [node] = [...nodes.keys()];
        parts.push(`all ${pods.length} replicas were on ${node}${because}`);
    }
    for (const node of [...nodes.keys()].sort()) {
        const lost = h.nodeLostAt.get(node);
        if (lost !== undefined)
            parts.push(h.kubeletStopped.has(node)
                ? `${node}'s kubelet stopped posting status at ${formatDuration(lost)}`
                : `${node} lost at ${formatDuration(lost)}`);
        else if (tget(state.nodes, node)?.object.spec.unschedulable)
            parts.push(`${node} cordoned`);
    }
    const grouped = new Map();
    const group = (what, pod) => grouped.set(what, [...(grouped.get(what) ?? []), pod]);
    for (const p of pods) {
        const inj = h.injected.get(`pods|${p.metadata.namespace}/${p.metadata.name}`);
        if (inj)
            parts.push(`${inj.message} at ${formatDuration(inj.at)}`);
        const waiting = p.status.containerStatuses?.find((c) => c.state?.waiting?.reason)?.state?.waiting?.reason;
        if (waiting)
            group(waiting, p.metadata.name);
        if (!p.spec.nodeName) {
            const c = p.status.conditions.find((x) => x.type === 'PodScheduled' && x.status === 'False');
            group(`Pending${c?.message ? `: ${c.message.replace(/\.+$/, '')}` : ''}`, p.metadata.name);
        }
        if (p.metadata.deletionTimestamp !== undefined && p.spec.nodeName && h.nodeLostAt.has(p.spec.nodeName))
            group(`stuck Terminating on lost node ${p.spec.nodeName}`, p.metadata.name);
    }
    for (const [what, names] of grouped)
        parts.push(`${names.length > 2 ? `${names.length} pods` : names.join(', ')} ${what}`);
    return [...new Set(parts)].slice(0, 6).join('; ');
}
