import { podCells } from '../printers/pods.js';
/** The latest lastState.terminated.finishedAt of the statuses (-1: none). */
function latestFinish(statuses) {
    let last = -1;
    for (const s of statuses ?? []) {
        const f = s.lastState.terminated?.finishedAt;
        if (f !== undefined && f > last)
            last = f;
    }
    return last;
}
export class PodTrack {
    pods = { name: [], namespace: [], created: [], deleted: [], node: [], bound: [], ip: [] };
    changes = [];
    strings = [];
    #stringIndex = new Map();
    #index = new Map();
    /** Each pod's last recorded row (by pod index). */
    #last = [];
    #nodeIndex;
    constructor(nodeIndex) { this.#nodeIndex = nodeIndex; }
    str(s) {
        let i = this.#stringIndex.get(s);
        if (i === undefined) {
            i = this.strings.length;
            this.strings.push(s);
            this.#stringIndex.set(s, i);
        }
        return i;
    }
    /** The pod's index, adding it on first sight. */
    indexOf(uid, pod) {
        let i = this.#index.get(uid);
        if (i !== undefined)
            return i;
        i = this.pods.name.length;
        this.#index.set(uid, i);
        const p = this.pods;
        p.name.push(pod.metadata.name);
        p.namespace.push(this.str(pod.metadata.namespace));
        p.created.push(pod.metadata.creationTimestamp ?? 0);
        p.deleted.push(-1);
        p.node.push(-1);
        p.bound.push(-1);
        p.ip.push('');
        return i;
    }
    /** Records the pod's printed row when it differs from the last one recorded. */
    observe(uid, pod, now) {
        const i = this.indexOf(uid, pod);
        const p = this.pods;
        if (pod.spec.nodeName && p.node[i] < 0) {
            p.node[i] = this.#nodeIndex.get(pod.spec.nodeName) ?? -1;
            p.bound[i] = now;
        }
        if (pod.status.podIP && !p.ip[i])
            p.ip[i] = pod.status.podIP;
        // The restart cell without its "(ago)" part: the client prints that from lastRestart.
        const c = podCells(pod, now);
        const restarts = Number.parseInt(c.restarts, 10);
        const lastRestart = Math.max(latestFinish(pod.status.containerStatuses), latestFinish(pod.status.initContainerStatuses));
        const ip = pod.status.podIP ?? '<none>', phase = pod.status.phase;
        const last = this.#last[i];
        if (last && last.status === c.status && last.ready === c.ready && last.restarts === restarts
            && last.lastRestart === lastRestart && last.phase === phase && last.ip === ip)
            return;
        this.#last[i] = { status: c.status, ready: c.ready, restarts, lastRestart, phase, ip };
        this.changes.push([i, now, this.str(c.status), this.str(c.ready), restarts, restarts ? lastRestart : -1,
            this.str(phase),
            this.str(ip)]);
    }
    deleted(uid, now) {
        const i = this.#index.get(uid);
        if (i !== undefined)
            this.pods.deleted[i] = now;
    }
    has(uid) { return this.#index.get(uid); }
}
