import { describe, expect, test } from 'vitest';
import { batchSimulation } from '../../../test-support/batch.js';
import type { ClusterEvent } from '../../events/index.js';
import { DEFAULT_CONTROLLER_MANAGER, parseControllerManager } from '../../scenario/clusterFlags.js';
import { nodeLifecycleController, nodeUnknownAt } from './nodeLifecycle.js';
import { computeZoneState, nextTaintSlot, zoneTaintRate } from './zoneStates.js';
import { scenarioFrom } from '../../../test-support/scenario.js';

// node_lifecycle_controller.go ComputeZoneState (unhealthyZoneThreshold 0.55).
test.each([
  { ready: ['True', 'True'], want: 'Normal' },
  { ready: ['Unknown', 'Unknown', 'True', 'True'], want: 'Normal' }, // only 2 not ready: never partial
  { ready: ['Unknown', 'Unknown', 'Unknown', 'True'], want: 'PartialDisruption' }, // 3/4 >= 0.55
  { ready: ['Unknown', 'Unknown', 'Unknown', 'True', 'True', 'True'], want: 'Normal' }, // 3/6 < 0.55
  { ready: ['False', undefined], want: 'FullDisruption' }, // no Ready node; a missing condition is not ready
])('ComputeZoneState($ready) is $want', ({ ready, want }) => {
  expect(computeZoneState(ready, 0.55)).toBe(want);
});

describe('setLimiterInZone / handleDisruption rates (node_lifecycle_controller.go)', () => {
  const f = DEFAULT_CONTROLLER_MANAGER;
  test('defaults: --node-eviction-rate 0.1, --secondary-node-eviction-rate 0.01, --large-cluster-size-threshold 50, ' +
    '--unhealthy-zone-threshold 0.55, --node-monitor-period 5s, --node-monitor-grace-period 50s (nodelifecycle '
    + 'config v1alpha1 defaults)', () => {
    expect(f).toEqual({ nodeEvictionRate: 0.1, secondaryNodeEvictionRate: 0.01, largeClusterSizeThreshold: 50,
      unhealthyZoneThreshold: 0.55, nodeMonitorPeriod: 5_000, nodeMonitorGracePeriod: 50_000 });
  });
  test.each([
    { state: 'Normal', size: 10, all: false, want: 0.1 },
    { state: 'FullDisruption', size: 10, all: false, want: 0.1 }, // HealthyQPSFunc while another zone is up
    { state: 'PartialDisruption', size: 50, all: false, want: 0 }, // ReducedQPSFunc: not > 50
    { state: 'PartialDisruption', size: 51, all: false, want: 0.01 },
    { state: 'FullDisruption', size: 10, all: true, want: 0 }, // every zone down: master disruption mode
  ] as const)('$state, $size nodes, all zones down: $all -> $want per second', ({ state, size, all, want }) => {
    expect(zoneTaintRate(state, size, all, f)).toBe(want);
  });
  test('a token bucket of burst 1 (EvictionRateLimiterBurst): one taint now, the next 1/rate later', () => {
    expect([nextTaintSlot(undefined, 0.1, 5), nextTaintSlot(0, 0.1, 5), nextTaintSlot(0, 0.01, 200_000),
      nextTaintSlot(0, 0, 5)]).toEqual([5, 10_000, 200_000, undefined]);
  });
  test('cluster.controllerManager: values checked, absent ones defaulted', () => {
    const p: { path: string; message: string }[] = [];
    expect(parseControllerManager({ nodeEvictionRate: 0.5 }, p)).toEqual({ ...f, nodeEvictionRate: 0.5 });
    parseControllerManager({ unhealthyZoneThreshold: 2, largeClusterSizeThreshold: 1.5, burst: 1 }, p);
    expect(p.map((x) => `${x.path}: ${x.message}`)).toEqual([
      'cluster.controllerManager.burst: unknown field (known: nodeEvictionRate, secondaryNodeEvictionRate, ' +
        'largeClusterSizeThreshold, unhealthyZoneThreshold, nodeMonitorPeriod, nodeMonitorGracePeriod)',
      'cluster.controllerManager.largeClusterSizeThreshold: must be a whole number >= 0, got 1.5',
      'cluster.controllerManager.unhealthyZoneThreshold: must be between 0 and 1, got 2']);
  });
});

// End to end: nodes lost at 62 s go Unknown at 115 s (nodeUnknownAt); NoExecute taints follow the zone's rate.
function run(nodes: string, lost: readonly string[], cluster = '') {
  const s = scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: zones}
seed: 1
until: 5m
${cluster}
nodes:
${nodes}
timeline:
${lost.map((n) => `  - {at: 62s, nodeLost: ${n}}`).join('\n')}
`);
  const { sim, events } = batchSimulation(s, [nodeLifecycleController]);
  sim.run();
  return events.filter((e): e is Extract<ClusterEvent, { type: 'NodeTainted' }> => e.type === 'NodeTainted'
    && e.taint.effect === 'NoExecute').map((e) => [e.node, e.at]);
}
const cap = 'capacity: {cpu: "4", memory: 8Gi, pods: "110"}';
const unknownAt = nodeUnknownAt(0, 62_000).unknownAt;

describe('NoExecute tainting by zone (doNoExecuteTaintingPass)', () => {
  test('a Normal zone taints one node per 10 s (0.1 per second)', () => {
    expect(run(`  - {namePrefix: node-, count: 10, ${cap}}`, ['node-0', 'node-1', 'node-2'])).toEqual(
      [['node-0', unknownAt], ['node-1', unknownAt + 10_000], ['node-2', unknownAt + 20_000]]);
  });
  test('a small zone in PartialDisruption (3 of 4 not Ready) taints nothing', () => {
    expect(run(`  - {namePrefix: node-, count: 4, ${cap}}`, ['node-0', 'node-1', 'node-2'])).toEqual([]);
  });
  test('its rate is a flag: --secondary-node-eviction-rate applies above --large-cluster-size-threshold', () => {
    const cluster = 'cluster: {controllerManager: {largeClusterSizeThreshold: 3, secondaryNodeEvictionRate: 0.05}}';
    expect(run(`  - {namePrefix: node-, count: 4, ${cap}}`, ['node-0', 'node-1', 'node-2'], cluster)).toEqual(
      [['node-0', unknownAt], ['node-1', unknownAt + 20_000], ['node-2', unknownAt + 40_000]]);
  });
  test('the only zone fully disrupted: no NoExecute taint (master disruption mode)', () => {
    expect(run(`  - {name: solo, ${cap}}`, ['solo'])).toEqual([]);
  });
  test('one zone fully disrupted while another is up: tainted at the normal rate', () => {
    const nodes = `  - {name: a1, labels: {topology.kubernetes.io/zone: a}, ${cap}}
  - {name: b1, labels: {topology.kubernetes.io/zone: b}, ${cap}}`;
    expect(run(nodes, ['a1'])).toEqual([['a1', unknownAt]]);
  });
});

describe('--node-monitor-period and --node-monitor-grace-period (node_lifecycle_controller.go monitorNodeHealth)',
  () => {
  test.each([
    // Renewal at 60 s; ticks every 5 s see it at 60 s; Unknown at the first tick > 60 + 50 s: 115 s.
    { name: 'defaults: 5 s ticks, 50 s grace', period: 5_000, grace: 50_000, want: 115_000 },
    // 1 s ticks: seen at 60 s, Unknown at 101 s (the first tick strictly after 100 s).
    { name: 'a 1 s period judges the grace to the second', period: 1_000, grace: 40_000, want: 101_000 },
    // 7 s ticks (0, 7, ..., 63): seen at 63 s, grace ends at 103 s, next tick 105 s.
    { name: 'ticks off the 10 s renewal grid', period: 7_000, grace: 40_000, want: 105_000 },
  ])('$name', ({ period, grace, want }) => {
    expect(nodeUnknownAt(0, 62_000, period, grace).unknownAt).toBe(want);
    const cluster =
      `cluster: {controllerManager: {nodeMonitorPeriod: ${period}ms, nodeMonitorGracePeriod: ${grace}ms}}`;
    expect(run(`  - {namePrefix: node-, count: 10, ${cap}}`, ['node-0'], cluster)).toEqual([['node-0', want]]);
  });
  test('bad durations are input errors naming the field', () => {
    expect(() => scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: bad}
cluster: {controllerManager: {nodeMonitorPeriod: 0s, nodeMonitorGracePeriod: soon}}
nodes: [{name: a, capacity: {cpu: "1", memory: 1Gi}}]
`)).toThrow(/cluster\.controllerManager\.nodeMonitorPeriod: must be greater than 0[\s\S]*nodeMonitorGracePeriod/);
  });
});
