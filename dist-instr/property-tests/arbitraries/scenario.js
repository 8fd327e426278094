import fc from 'fast-check';
import { faultTimeline as materialize, nodeNamesOf } from '../../src/fuzz/materialize.js';
import { behaviorRule } from './behavior.js';
import { configMap } from './configMap.js';
import { daemonSet } from './daemonSet.js';
import { deployment } from './deployment.js';
import { cronJob, job } from './job.js';
import { cluster } from './node.js';
import { pod } from './pod.js';
import { replicaSet } from './replicaSet.js';
import { statefulSet } from './statefulSet.js';
import { faultTimeline } from './faults.js';
import { scenarioSeed } from './fuzzCase.js';
export const MANIFEST_KINDS = ['Pod', 'ReplicaSet', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ConfigMap'];
const BY_KIND = {
    Pod: pod, ReplicaSet: replicaSet, Deployment: deployment, StatefulSet: statefulSet, DaemonSet: daemonSet, Job: job, CronJob: cronJob, ConfigMap: configMap,
};
/** Up to `slots` manifests of the given kinds, named w0, w1, ... (each slot shrinks to empty). */
export const manifests = (kinds = MANIFEST_KINDS, slots = 4) => fc.tuple(...Array.from({ length: slots }, (_, i) => fc.option(fc.oneof(...kinds.map((k) => BY_KIND[k](`w${i}`))), { nil: undefined, freq: 3 })))
    .map((xs) => xs.filter((x) => x !== undefined));
/**
 * A whole scenario document (YAML-able, manifests inline): a cluster, manifests, behaviours for
 * some of them and a fault timeline resolved against the cluster's node names.
 */
export const scenarioDoc = (o = {}) => {
    const until = o.until ?? 300_000;
    return fc.record({
        seed: scenarioSeed(),
        nodes: cluster(),
        manifests: manifests(o.kinds),
        behaviors: o.behaviors === false ? fc.constant([]) : fc.array(fc.nat({ max: 3 }).chain((i) => behaviorRule(`w${i}`)), { maxLength: 2 }),
        faults: faultTimeline(o.faults ?? ['nodeLost'], Math.floor(until / 2), o.maxFaults ?? 2),
    }).map(({ seed, nodes, manifests: ms, behaviors, faults }) => {
        const timeline = materialize(faults, nodeNamesOf(nodes), []);
        return {
            apiVersion: 'kubesim/v1', kind: 'Scenario', metadata: { name: 'generated' }, seed, until: `${until / 1000}s`, nodes, manifests: ms,
            ...(behaviors.length ? { behaviors } : {}), ...(timeline.length ? { timeline } : {}),
        };
    });
};
