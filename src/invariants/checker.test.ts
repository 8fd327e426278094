import { describe, expect, test } from 'vitest';
import { withComponents } from '../engine/components.js';
import { Simulation, type ComponentFactory } from '../engine/simulation.js';
import { replicaSetScenarioYaml } from '../../test-support/fuzz.js';
import { components as PLANTED_BUG } from '../../test-support/plugins/replicaSetOffByOne.js';
import { InvariantChecker } from './checker.js';
import { builtinInvariants, InvariantRegistry } from './registry.js';
import type { Invariant } from './types.js';
import { scenarioFrom } from '../../test-support/scenario.js';

function check(yaml: string, plantedBug: readonly ComponentFactory[] = [],
  invariants: Invariant[] = builtinInvariants()) {
  const sim = new Simulation(scenarioFrom(yaml), { components: withComponents(plantedBug) });
  const checker = new InvariantChecker(invariants).observe(sim);
  sim.run();
  return checker.violations;
}

describe('InvariantChecker', () => {
  test('a ReplicaSet that converges after a node loss breaks no invariant', () => {
    expect(check(
      replicaSetScenarioYaml({ timeline: '[{at: 1m, nodeLost: node-0}, {at: 1m, nodeLost: node-1}]' }))).toEqual([]);
  });

  test('the planted off-by-one bug is reported by replicas-converge at the end, with the object and time', () => {
    // Two of three nodes lost: a Normal zone (node_lifecycle_controller.go ComputeZoneState needs 3 not
    // Ready), so the second NoExecute taint waits 10 s for the zone's token (--node-eviction-rate 0.1).
    expect(check(replicaSetScenarioYaml({ timeline: '[{at: 1m, nodeLost: node-0}, {at: 1m, nodeLost: node-1}]' }),
      PLANTED_BUG)).toEqual([
      { invariant: 'replicas-converge',
        message: 'ReplicaSet/default/web has 2 ready pods, want spec.replicas=3 (undisturbed since 7m5s)',
          objects: ['ReplicaSet/default/web'], at: 720000 },
    ]);
  });

  test('replicas-converge does not judge a ReplicaSet disturbed less than the settle time before the end', () => {
    expect(check(replicaSetScenarioYaml({ timeline: '[{at: 5m, nodeLost: node-0}, {at: 5m, nodeLost: node-1}]' }),
      PLANTED_BUG)).toEqual([]);
  });

  test('a user invariant sees every batch and its violation is kept once, at the first time', () => {
    const tooManyPods: Invariant = {
      name: 'at-most-two-pods', description: 'test', when: 'batch',
      check: (ctx) => (ctx.state.pods.size > 2 ? [{ invariant: 'at-most-two-pods',
        message: `${ctx.state.pods.size} pods`, objects: [], at: ctx.state.time }] : []),
    };
    expect(check(replicaSetScenarioYaml({ replicas: 2 }), undefined, [tooManyPods])).toEqual(
      [{ invariant: 'at-most-two-pods', message: '3 pods', objects: [], at: 0 }]);
  });

  test('an invariant that throws is reported as a violation, not swallowed', () => {
    const broken: Invariant = { name: 'broken', description: 'test', when: 'end',
      check: () => { throw new Error('boom'); } };
    expect(check(replicaSetScenarioYaml({}), undefined, [broken])).toEqual(
      [{ invariant: 'broken', message: 'the invariant threw: boom', objects: [], at: 720000 }]);
  });
});

describe('InvariantRegistry', () => {
  test('knows the built-in catalogue by name', () => {
    expect(new InvariantRegistry().names()).toEqual([
      'replicas-converge', 'daemonset-one-per-node', 'statefulset-ordinals', 'no-overcommit', 'legal-phase-transitions',
      'job-completions', 'cronjob-forbid', 'pdb-respected', 'restart-count-monotonic', 'pod-on-one-node',
        'no-running-container-in-terminated-pod',
    ]);
  });
  test('refuses a second invariant of the same name', () => {
    const r = new InvariantRegistry();
    expect(() => r.register(builtinInvariants()[1])).toThrow(
      'an invariant named daemonset-one-per-node is already registered');
  });
  test('select names the unknown invariants', () => {
    expect(() => new InvariantRegistry([]).select(['nope'])).toThrow('unknown invariant nope (known: )');
  });

  // Found by `kubesim fuzz examples/statefulset --seed 5` (both before and after session 2): a
  // StatefulSet pod on a lost node stays Terminating and the controller waits for it, as in
  // Kubernetes, so neither convergence law may judge the set while it is stuck there.
  test('a StatefulSet held by a pod stuck on a lost node is not judged converged or out of range', () => {
    const sts = (timeline: string) => `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: sts-lost}
seed: 0
until: 10m
nodes:
  - {namePrefix: node-, count: 2, capacity: {cpu: "4", memory: 8Gi, pods: "110"}}
manifests:
  - apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: web}
    spec:
      selector: {matchLabels: {app: nginx}}
      serviceName: nginx
      replicas: 3
      template:
        metadata: {labels: {app: nginx}}
        spec: {terminationGracePeriodSeconds: 10, containers: [{name: nginx, image: nginx}]}
timeline: ${timeline}
`;
    expect(check(
      sts('[{at: 0s, nodeLost: node-0}, {at: 0s, nodeLost: node-1}, {at: 1s, nodeRecovered: node-1}]'))).toEqual([]);
    // Undisturbed, the same set is judged: scaled to 1 and never scaled down would be reported.
    const unhurt = check(sts('[{at: 1m, scale: {kind: StatefulSet, name: web, replicas: 1}}]'));
    expect(unhurt).toEqual([]);
  });

  test('replicas-converge judges only when capacity allows: a Deployment with a pod no node fits is not reported',
    () => {
    const full = `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: full}
seed: 1
until: 5m
nodes:
  - {name: only, capacity: {cpu: "2", memory: 8Gi, pods: "110"}}
manifests:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: batch}
    spec:
      replicas: 3
      selector: {matchLabels: {app: batch}}
      template:
        metadata: {labels: {app: batch}}
        spec: {containers: [{name: c, image: busybox, resources: {requests: {cpu: "900m"}}}]}
`;
    expect(check(full)).toEqual([]);
    // With room for all three, the planted off-by-one is still caught on the same shape.
    expect(check(full.replace('cpu: "2"', 'cpu: "4"'), PLANTED_BUG).map((v) => v.invariant)).toEqual(
      ['replicas-converge']);
  });
});

