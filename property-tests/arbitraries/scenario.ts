import fc from 'fast-check';
import { faultTimeline as materialize, nodeNamesOf } from '../../src/fuzz/materialize.js';
import type { FaultKind } from '../../src/fuzz/types.js';
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

export const MANIFEST_KINDS = ['Pod', 'ReplicaSet', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ConfigMap'] as const;
export type ManifestKind = (typeof MANIFEST_KINDS)[number];
const BY_KIND: Record<ManifestKind, (name: string) => fc.Arbitrary<Record<string, unknown>>> = {
  Pod: pod, ReplicaSet: replicaSet, Deployment: deployment, StatefulSet: statefulSet, DaemonSet: daemonSet, Job: job, CronJob: cronJob, ConfigMap: configMap,
};

/** Up to `slots` manifests of the given kinds, named w0, w1, ... (each slot shrinks to empty). */
export const manifests = (kinds: readonly ManifestKind[] = MANIFEST_KINDS, slots = 4): fc.Arbitrary<Record<string, unknown>[]> =>
  fc.tuple(...Array.from({ length: slots }, (_, i) => fc.option(fc.oneof(...kinds.map((k) => BY_KIND[k](`w${i}`))), { nil: undefined, freq: 3 })))
    .map((xs) => xs.filter((x): x is Record<string, unknown> => x !== undefined));

export interface ScenarioArbOptions {
  readonly kinds?: readonly ManifestKind[];
  readonly faults?: readonly FaultKind[];
  readonly until?: number;
  readonly maxFaults?: number;
  readonly behaviors?: boolean;
}

/**
 * A whole scenario document (YAML-able, manifests inline): a cluster, manifests, behaviours for
 * some of them and a fault timeline resolved against the cluster's node names.
 */
export const scenarioDoc = (o: ScenarioArbOptions = {}): fc.Arbitrary<Record<string, unknown>> => {
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
