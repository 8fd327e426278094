import { evolveAll } from '../../reducers/index.js';
import { initialState } from '../../reducers/state.js';
import { tget } from '../../reducers/table.js';
import { FactReader } from '../events/observe.js';
import { EventRecorder } from '../events/record.js';
import { CurveSampler, PHASES } from './curves.js';
import { changesPods, PodReplay } from './podReplay.js';
import { PodTrack } from './podTrack.js';
/** The facts that put a mark on a pod's bar or end it. */
const MARKS_POD = new Set(['ContainerExited', 'OOMKilled', 'ProbeFailed', 'PodTerminating']);
const EVICTION_REASONS = new Set(['DeletionByTaintManager', 'PreemptionByScheduler', 'EvictionByEvictionAPI']);
/**
 * Everything the HTML report shows, from the log alone: the facts are replayed once (one
 * produce per instant, as `replay` does) and each pod's printed `get pods -o wide` row is kept
 * when it changes, with running totals sampled at fixed instants for the curves.
 */
export function buildReportData(facts, meta, opts = {}) {
    const end = facts.length ? facts[facts.length - 1].at : 0;
    const nodes = [], seenNodes = new Set();
    for (const e of facts)
        if (e.type === 'NodeAdded' && !seenNodes.has(e.node)) {
            seenNodes.add(e.node);
            nodes.push(e.node);
        }
    const nodeIndex = new Map(nodes.map((n, i) => [n, i]));
    const track = new PodTrack(nodeIndex);
    const sampler = new CurveSampler(nodes);
    const samples = Math.max(2, opts.samples ?? 300);
    const sampleAt = (k) => Math.round((k * end) / (samples - 1));
    const ended = [];
    const nodeMarks = [], podMarks = [];
    const counts = { restarts: 0, oomKills: 0, evictions: 0, preemptions: 0 };
    const unschedulable = new Set();
    // Pods through PodReplay (the pod reducers on a Map); the rest (nodes, workloads) through evolveAll.
    const podReplay = new PodReplay();
    let state = { ...initialState(), startTime: meta.startTime };
    // The Events, recorded in the same pass (every Event of the run: no TTL in a report of the whole run).
    const reader = new FactReader(), recorder = new EventRecorder();
    let k = 0, i = 0;
    while (i < facts.length) {
        const t = facts[i].at;
        while (k < samples && sampleAt(k) < t)
            sampler.sample(sampleAt(k++), state);
        let j = i;
        while (j < facts.length && facts[j].at === t)
            j++;
        const clusterWide = [];
        for (let x = i; x < j; x++) {
            const e = facts[x];
            if (changesPods(e.type))
                podReplay.apply(e);
            else
                clusterWide.push(e);
        }
        podReplay.endBatch();
        if (clusterWide.length)
            state = evolveAll(state, clusterWide);
        const pods = new Set(), touchedNodes = new Set();
        for (let x = i; x < j; x++) {
            const e = facts[x];
            for (const o of reader.observe(e, facts, x))
                if (o.event.real)
                    recorder.record(o.event, o.at);
            if ('uid' in e && 'pod' in e && typeof e.uid === 'string')
                pods.add(e.uid);
            if ('node' in e && !('pod' in e))
                touchedNodes.add(e.node);
            // The pod's index, looked up only by the facts that mark its bar.
            const pi = MARKS_POD.has(e.type) ? track.has(e.uid) : undefined;
            switch (e.type) {
                case 'ContainerExited':
                    if (e.restarting && pi !== undefined) {
                        podMarks.push([pi, t, 'restart']);
                        counts.restarts++;
                    }
                    break;
                case 'OOMKilled':
                    if (pi !== undefined)
                        podMarks.push([pi, t, 'oom']);
                    counts.oomKills++;
                    break;
                case 'ProbeFailed':
                    if (pi !== undefined)
                        podMarks.push([pi, t, `probe:${e.probe}`]);
                    break;
                case 'FailedScheduling':
                    unschedulable.add(e.uid);
                    break;
                case 'PodTerminating':
                    if (pi !== undefined && ended[pi] === undefined)
                        ended[pi] = t;
                    if (e.reason === 'PreemptionByScheduler')
                        counts.preemptions++;
                    if (e.reason && EVICTION_REASONS.has(e.reason)) {
                        counts.evictions++;
                        if (pi !== undefined)
                            podMarks.push([pi, t, 'evict']);
                    }
                    break;
                case 'NodeLost':
                case 'NodeRecovered':
                    nodeMarks.push([nodeIndex.get(e.node) ?? -1, t, e.type]);
                    break;
                default: break;
            }
        }
        for (const uid of pods) {
            const pod = podReplay.pod(uid);
            if (pod)
                track.observe(uid, pod, t);
            else {
                track.deleted(uid, t);
                const pi = track.has(uid);
                if (pi !== undefined && ended[pi] === undefined)
                    ended[pi] = t;
            }
            sampler.pod(uid, pod);
        }
        for (const n of touchedNodes)
            sampler.node(n, tget(state.nodes, n)?.object);
        i = j;
    }
    while (k < samples)
        sampler.sample(sampleAt(k++), state);
    // Pods by final phase, in the phases' order (Pending, Running, Succeeded, Failed, Unknown).
    const byPhase = Object.fromEntries(PHASES.map((p) => [p, 0]));
    for (const p of podReplay.pods())
        byPhase[p.status.phase] = (byPhase[p.status.phase] ?? 0) + 1;
    const max = opts.maxEvents ?? 20_000;
    const warnings = [], normal = [];
    let eventsTotal = 0;
    for (const [, last, count, message, r] of recorder.received()) {
        eventsTotal++;
        const rows = r.type === 'Warning' ? warnings : normal;
        if (warnings.length + normal.length < max || r.type === 'Warning')
            rows.push([last, r.type, r.reason,
                `${r.involvedObject.kind.toLowerCase()}/${r.involvedObject.name}`, message, count]);
    }
    const kept = [...warnings, ...normal].slice(0, max).sort((a, b) => a[0] - b[0]);
    return {
        meta: { ...meta, end, facts: facts.length },
        summary: {
            nodes: nodes.length, ...Object.fromEntries(Object.entries(byPhase).filter(([, n]) => n > 0)
                .map(([p, n]) => [`pods ${p}`, n])), ...counts,
            unschedulable: unschedulable.size,
            'failed expectations': opts.failedExpectations?.length ?? 'not judged (kubesim check --report)',
        },
        nodes, nodeMarks, podMarks,
        pods: { ...track.pods, ended: track.pods.name.map((_, x) => ended[x] ?? -1) },
        changes: track.changes, strings: track.strings, curves: sampler.curves,
        events: kept,
        eventsTotal,
        ...(opts.failedExpectations ? { failedExpectations: opts.failedExpectations } : {}),
    };
}
