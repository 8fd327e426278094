import { describe, expect, test } from 'vitest';
import { runScenario } from '../engine/run.js';
import type { ClusterEvent } from '../events/index.js';
import type { ClusterState } from '../reducers/state.js';
import type { Scenario } from '../scenario/types.js';
import { scenarioFile, scenarioFrom } from '../../test-support/scenario.js';
import type { ControllerDef } from './controller.js';
import { daemonSetControllerDef } from './daemon/daemonSet.js';
import { replicaSetController, replicationControllerController } from './replicaset/replicaSet.js';
import { statefulSetControllerDef } from './statefulset/statefulSet.js';

const DEFS: readonly ControllerDef[] = [replicaSetController, replicationControllerController, statefulSetControllerDef,
  daemonSetControllerDef];

/** Every batch of `s`: the keys each controller enqueues asking every fact, and asking only factsFor's. */
function keysBothWays(s: Scenario): { all: string[]; only: string[]; skipped: number } {
  const all: string[] = [], only: string[] = [];
  let skipped = 0;
  let prev: ClusterState | undefined;
  const observe = (events: readonly ClusterEvent[], state: ClusterState) => {
    const before = prev ?? state;
    prev = state;
    for (const def of DEFS) {
      for (const e of events) for (const k of def.keysFor(e, state, before)) all.push(`${def.name} ${k}`);
      const idx = def.factsFor!(events, state, before);
      skipped += idx ? events.length - idx.length : 0;
      for (const i of idx ?? events.keys()) for (const k of def.keysFor(events[i], state, before)) {
        only.push(`${def.name} ${k}`);
      }
    }
  };
  runScenario(s, { attach: (sim) => sim.batches$.subscribe(({ events, state }) => observe(events, state)) });
  return { all, only, skipped };
}

// Bare pods a ReplicaSet adopts, an adoption's owner, owners deleted with and without their pods
// (orphans left behind), a StatefulSet and a DaemonSet while nodes come and go.
const MIXED = `
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: owner-dispatch}
until: 6m
nodes: [{namePrefix: n-, count: 3, capacity: {cpu: "8", memory: 16Gi}}]
manifests:
  - {apiVersion: v1, kind: Pod, metadata: {name: bare, labels: {tier: web}}, spec: {containers: [{name: c, image: ` +
    `nginx}]}}
  - apiVersion: apps/v1
    kind: ReplicaSet
    metadata: {name: web}
    spec: {replicas: 3, selector: {matchLabels: {tier: web}},
      template: {metadata: {labels: {tier: web}}, spec: {containers: [{name: c, image: nginx}]}}}
  - apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: db}
    spec: {replicas: 2, serviceName: db, selector: {matchLabels: {app: db}},
      template: {metadata: {labels: {app: db}}, spec: {containers: [{name: c, image: postgres}]}}}
  - apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: agent}
    spec: {selector: {matchLabels: {app: agent}},
      template: {metadata: {labels: {app: agent}}, spec: {containers: [{name: c, image: fluentd}]}}}
timeline:
  - {at: 1m, apply: {apiVersion: v1, kind: Pod, metadata: {name: late, labels: {tier: web}},
      spec: {containers: [{name: c, image: nginx}]}}}
  - {at: 2m, nodeLost: n-1}
  - {at: 3m, delete: {kind: ReplicaSet, name: web, cascade: orphan}}
  - {at: 4m, delete: {kind: DaemonSet, name: agent}}
  - {at: 4m30s, apply: {apiVersion: apps/v1, kind: ReplicaSet, metadata: {name: web2},
      spec: {replicas: 2, selector: {matchLabels: {tier: web}},
        template: {metadata: {labels: {tier: web}}, spec: {containers: [{name: c, image: nginx}]}}}}}
  - {at: 5m, addNode: {name: n-9, capacity: {cpu: "8", memory: 16Gi}}}
`;

// Only bare pods (no controller anywhere, so their facts are deferred), until a ReplicaSet adopts one and
// is deleted leaving it an orphan; then an idle ReplicaSet adopts a bare pod created while every pod is bare.
const BARE_THEN_ADOPTED = `
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: bare-then-adopted}
until: 5m
nodes: [{namePrefix: n-, count: 2, capacity: {cpu: "8", memory: 16Gi}}]
manifests:
  - {apiVersion: v1, kind: Pod, metadata: {name: a, labels: {tier: web}}, spec: {containers: [{name: c, image: nginx}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: b, labels: {tier: db}}, spec: {containers: [{name: c, image: nginx}]}}
timeline:
  - {at: 1m, apply: {apiVersion: apps/v1, kind: ReplicaSet, metadata: {name: web},
      spec: {replicas: 2, selector: {matchLabels: {tier: web}},
        template: {metadata: {labels: {tier: web}}, spec: {containers: [{name: c, image: nginx}]}}}}}
  - {at: 2m, delete: {kind: ReplicaSet, name: web, cascade: orphan}}
  - {at: 3m, apply: {apiVersion: apps/v1, kind: ReplicaSet, metadata: {name: idle},
      spec: {replicas: 0, selector: {matchLabels: {tier: cache}},
        template: {metadata: {labels: {tier: cache}}, spec: {containers: [{name: c, image: nginx}]}}}}}
  - {at: 4m, apply: {apiVersion: v1, kind: Pod, metadata: {name: c, labels: {tier: cache}},
      spec: {containers: [{name: c, image: nginx}]}}}
  - {at: 4m30s, delete: {kind: Pod, name: b}}
`;

describe('owner-keyed dispatch (factsFor)', () => {
  test.each(['examples/daemonset/scenario.yaml', 'examples/statefulset/scenario.yaml',
    'examples/nginx-deployment/scenario.yaml', 'examples/node-failure/scenario.yaml',
    'examples/job-style-pods/scenario.yaml'])('enqueues what asking every fact enqueues, in order: %s', (file) => {
    const r = keysBothWays(scenarioFile(file));
    expect(r.only).toEqual(r.all);
    expect(r.skipped).toBeGreaterThan(0);
  });

  test('with adoptions, orphans and owners deleted while nodes come and go', () => {
    const r = keysBothWays(scenarioFrom(MIXED));
    expect(r.all.length).toBeGreaterThan(20);
    expect(r.only).toEqual(r.all);
    expect(r.all.some((k) => k.startsWith('replicaset-controller default/web2'))).toBe(true);
  });

  test('with bare pods only, then an owner that adopts them, then orphans again', () => {
    const r = keysBothWays(scenarioFrom(BARE_THEN_ADOPTED));
    expect(r.only).toEqual(r.all);
    expect(r.all.filter((k) => k === 'replicaset-controller default/web').length).toBeGreaterThan(1);
    expect(r.all).toContain('replicaset-controller default/idle');
    expect(r.skipped).toBeGreaterThan(0);
  });
});
