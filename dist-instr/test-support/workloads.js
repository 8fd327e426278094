import { runScenario } from '../src/engine/run.js';
import { tvalues } from '../src/reducers/table.js';
import { completeNode } from '../src/apiserver/apply.js';
import { Rng } from '../src/clock/rng.js';
import { evolveAll } from '../src/reducers/index.js';
import { initialState } from '../src/reducers/state.js';
import { listObjects } from '../src/reducers/state.js';
/** A scenario document around nodes, manifests and a timeline given as YAML fragments. */
export function scenarioYaml(opts) {
    return [
        'apiVersion: kubesim/v1',
        'kind: Scenario',
        'metadata: {name: test}',
        `seed: ${opts.seed ?? 1}`,
        `until: ${opts.until ?? '5m'}`,
        'nodes:',
        opts.nodes ?? '  - {namePrefix: node-, count: 3, capacity: {cpu: "8", memory: 32Gi, pods: "110"}}',
        'manifests:',
        opts.manifests,
        ...(opts.timeline ? ['timeline:', opts.timeline] : []),
    ].join('\n');
}
/** Runs a scenario and keeps every fact. */
export function runRecorded(s, until) {
    const events = [];
    const result = runScenario(s, { onEvent: (_seq, e) => events.push(e), ...(until !== undefined ? { until } : {}) });
    return { result, events };
}
export const livePods = (state) => tvalues(state.pods).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
export const objectsOf = (state, resource) => listObjects(state, resource);
export const isReady = (p) => p.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True');
/** The kubectl-style lines of the controller events: `reason: message`. */
export const controllerEvents = (events) => events.filter((e) => e.type === 'ControllerEvent').map((e) => `${e.reason}: ${e.message}`);
// ---- small states for controller unit tests ----
/** NodeAdded for a node with 8 CPUs, 32 GiB, 110 pods, optional labels and taints. */
export function nodeAdded(name, opts = {}) {
    const n = completeNode({
        apiVersion: 'v1', kind: 'Node',
        metadata: { name, uid: `uid-node-${name}`, ...(opts.labels ? { labels: opts.labels } : {}) },
        spec: { ...(opts.taints ? { taints: opts.taints } : {}), ...(opts.unschedulable ? { unschedulable: true } : {}) },
        status: { capacity: { cpu: '8', memory: '32Gi', pods: '110' } },
    }, 0, new Rng(1));
    return { type: 'NodeAdded', at: 0, node: name, object: n };
}
/** PodCreated for a pod in a given condition (phase, node, Ready since ...), bypassing the kubelet. */
export function podCreated(name, o = {}) {
    const ns = o.namespace ?? 'default';
    const pod = {
        apiVersion: 'v1', kind: 'Pod',
        metadata: {
            name, namespace: ns, uid: `uid-${name}`, creationTimestamp: o.created ?? 0,
            ...(o.labels ? { labels: o.labels } : {}), ...(o.annotations ? { annotations: o.annotations } : {}),
            ...(o.owner ? { ownerReferences: [o.owner] } : {}), ...(o.deleting ? { deletionTimestamp: 1 } : {}),
        },
        spec: { containers: [{ name: 'c', image: 'img' }], ...(o.node ? { nodeName: o.node } : {}) },
        status: {
            phase: o.phase ?? (o.node ? 'Running' : 'Pending'),
            conditions: o.readyAt !== undefined ? [{ type: 'Ready', status: 'True', lastTransitionTime: o.readyAt }] : [],
            containerStatuses: [{ name: 'c', image: 'img', imageID: '', ready: o.readyAt !== undefined, restartCount: o.restarts ?? 0, state: {}, lastState: {} }],
        },
    };
    return { type: 'PodCreated', at: 0, pod: `${ns}/${name}`, uid: pod.metadata.uid, object: pod };
}
export const objectApplied = (resource, object) => ({ type: 'ObjectApplied', at: 0, resource, key: `${object.metadata.namespace ?? 'default'}/${object.metadata.name}`, object });
export const ownerRef = (kind, name, uid = `uid-${name}`) => ({ apiVersion: kind === 'ReplicationController' ? 'v1' : 'apps/v1', kind, name, uid, controller: true, blockOwnerDeletion: true });
export const stateOf = (facts) => evolveAll(initialState(), facts);
/** Runs one sync of a controller on a state and returns what it emitted. */
export function syncOnce(def, key, state, now = 0, seed = 1) {
    const events = [];
    const out = { now, emit: (e) => events.push(e), at: (_a, _t) => { }, after: (_d, _t) => { } };
    const result = def.sync(key, state, { now, rng: new Rng(seed), out, scenario: {} });
    return { events, result };
}
