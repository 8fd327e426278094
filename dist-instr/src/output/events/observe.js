import { recordedEvent } from './fromFact.js';
import { probeFailures } from './probeRepeats.js';
function probeOf(spec, container, kind) {
    const c = [...spec.containers, ...(spec.initContainers ?? [])].find((x) => x.name === container);
    return kind === 'liveness' ? c?.livenessProbe : kind === 'readiness' ? c?.readinessProbe : c?.startupProbe;
}
function preempted(victim, uid, preemptorUid, node) {
    const [namespace, name] = victim.split('/');
    return {
        type: 'Normal', reason: 'Preempted', object: `pod/${name}`,
        message: `Preempted by pod ${preemptorUid} on node ${node}`,
        involvedObject: { kind: 'Pod', namespace, name, uid, apiVersion: 'v1' }, component: 'default-scheduler', real: true,
        newApi: true,
    };
}
/**
 * Reads facts in log order and says which Events the components recorded for each (kubesim's
 * own notes too, flagged real: false). It remembers what the recorders know: each pod's node
 * (the kubelet's source.host), its init containers (fieldPath) and probes, and the preemptor
 * of a scheduling cycle (the victims' Preempted events).
 */
export class FactReader {
    #pods = new Map();
    #preemptor;
    /** `facts`/`index`/`upTo` let a readiness probe's repeated failures be counted up to its recovery. */
    observe(e, facts, index = 0, upTo = Infinity) {
        if (e.type === 'PodCreated') {
            const spec = e.object.spec;
            this.#pods.set(e.uid, { node: spec.nodeName, spec, initContainers: new Set((spec.initContainers ?? []).map((c) => c.name)) });
        }
        if (e.type === 'PodScheduled')
            this.#pods.set(e.uid, { ...(this.#pods.get(e.uid) ?? { initContainers: new Set() }),
                node: e.node });
        if (e.type === 'PodDeleted')
            this.#pods.delete(e.uid);
        if (e.type === 'FailedScheduling' && e.nominatedNode)
            this.#preemptor =
                { at: e.at, uid: e.uid, node: e.nominatedNode };
        const pod = 'uid' in e && typeof e.uid === 'string' ? this.#pods.get(e.uid) : undefined;
        const by = this.#preemptor;
        if (e.type === 'PodTerminating' && e.reason === 'PreemptionByScheduler' && by && by.at === e.at) {
            // preemption.go prepareCandidate: Eventf(victim, preemptor, Normal, "Preempted", "Preempting", "Preempted by pod
            // %v on node %v").
            return [{ event: preempted(e.pod, e.uid, by.uid, by.node), at: e.at }];
        }
        const event = recordedEvent(e, pod);
        if (!event)
            return [];
        if (e.type === 'ProbeFailed' && pod?.spec) {
            const probe = probeOf(pod.spec, e.container, e.probe);
            if (probe)
                return probeFailures(e, probe, facts ?? [], facts ? index : -1, upTo).map((at) => ({ event, at }));
        }
        return [{ event, at: e.at }];
    }
}
