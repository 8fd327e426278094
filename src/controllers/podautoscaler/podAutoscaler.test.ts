import { describe, expect, test } from 'vitest';
import { batchSimulation } from '../../../test-support/batch.js';
import type { ClusterEvent } from '../../events/index.js';
import { calculateScaleDownLimit, calculateScaleUpLimit, DEFAULT_SCALE_DOWN, DEFAULT_SCALE_UP,
  stabilizeRecommendation } from './hpaBehavior.js';
import { horizontalPodAutoscalerController } from './podAutoscaler.js';
import { getReplicas, type PodSample } from './replicaCalculator.js';
import { getObject } from '../../reducers/state.js';
import { scenarioFrom } from '../../../test-support/scenario.js';

const ready = (name: string, usage: number | undefined, request = 200, startTime = 0): PodSample => ({
  name, phase: 'Running', deleting: false, startTime, ready: { status: 'True', lastTransitionTime: startTime }, request,
    ...(usage === undefined ? {} : { usage }),
});
const NOW = 600_000;

describe('replica calculator', () => {
  test.each([
    { name: 'usage at target keeps the count', pods: [ready('a', 100), ready('b', 100)],
      want: { replicas: 2, utilization: 50, rawAverage: 100 } },
    { name: 'within the 10% tolerance keeps the count', pods: [ready('a', 108), ready('b', 110)],
      want: { replicas: 2, utilization: 54, rawAverage: 109 } },
    { name: 'twice the target doubles the count', pods: [ready('a', 200), ready('b', 200)],
      want: { replicas: 4, utilization: 100, rawAverage: 200 } },
    { name: 'a quarter of the target scales down to ceil(0.5)', pods: [ready('a', 25), ready('b', 25)],
      want: { replicas: 1, utilization: 12, rawAverage: 25 } },
    { name: 'a missing pod counts as 100% of its request when scaling down',
      pods: [ready('a', 20), ready('b', undefined)], want: { replicas: 2, utilization: 10, rawAverage: 20 } },
    { name: 'a missing pod counts as 0 when scaling up', pods: [ready('a', 400), ready('b', undefined)],
      want: { replicas: 4, utilization: 200, rawAverage: 400 } },
    { name: 'a pending pod counts as 0 when scaling up', pods: [ready('a', 300),
      { name: 'p', phase: 'Pending', deleting: false, request: 200 }],
        want: { replicas: 3, utilization: 150, rawAverage: 300 } },
    { name: 'a pod just ready inside the cpu initialization period is unready',
      pods: [ready('a', 300), ready('b', 300, 200, NOW - 10_000)],
        want: { replicas: 3, utilization: 150, rawAverage: 300 } },
    { name: 'deleting pods are ignored', pods: [ready('a', 100), { ...ready('b', 900), deleting: true }],
      want: { replicas: 2, utilization: 50, rawAverage: 100 } },
  ])('$name', ({ pods, want }) => expect(getReplicas(2, { utilization: 50 }, pods, 'cpu', NOW)).toEqual(want));

  test('no samples is an error', () => {
    expect(getReplicas(2, { utilization: 50 }, [{ name: 'p', phase: 'Pending', deleting: false, request: 1 }], 'cpu',
      NOW)).toEqual({ error: 'did not receive metrics for targeted pods (pods might be unready)' });
  });

  test('a pod without a request cannot be measured by utilization', () => {
    // replica_calculator.go calculatePodRequestsFromContainers.
    expect(getReplicas(1, { utilization: 50 }, [{ ...ready('a', 10), request: undefined, missingRequest: 'php' }],
      'cpu', NOW)).toEqual({ error: 'missing request for cpu in container php of Pod a' });
  });

  test('AverageValue targets compare the average usage', () => {
    expect(getReplicas(2, { averageValue: 100 << 20 }, [{ ...ready('a', 300 << 20) }, ready('b', 100 << 20)], 'memory',
      NOW)).toEqual({ replicas: 4, utilization: 0, rawAverage: 200 << 20 });
  });
});

describe('behavior', () => {
  test.each([
    { name: 'default scale up from 2: max(100%, 4 pods) = 6', current: 2, events: [], want: 6 },
    { name: 'default scale up from 10: 100% = 20', current: 10, events: [], want: 20 },
    { name: 'a scale-up 10 s ago counts against the period', current: 6, events: [{ change: 4, at: NOW - 10_000 }],
      want: 6 },
  ])('$name', ({ current, events, want }) => expect(calculateScaleUpLimit(current, events, DEFAULT_SCALE_UP, NOW)).toBe(
    want));

  test('default scale down may go to 0 in one period', () => {
    expect(calculateScaleDownLimit(8, [], [], DEFAULT_SCALE_DOWN, NOW)).toBe(0);
  });

  test('the scale-down window holds the highest recent recommendation', () => {
    const recs = [{ replicas: 8, at: NOW - 299_000 }, { replicas: 3, at: NOW - 100_000 }];
    expect(stabilizeRecommendation(recs, 1, 8, DEFAULT_SCALE_UP, DEFAULT_SCALE_DOWN, NOW)).toEqual({
      replicas: 8, recommendations: [...recs, { replicas: 1, at: NOW }],
      reason: 'ScaleDownStabilized',
        message: 'recent recommendations were higher than current one, applying the highest recent recommendation',
    });
  });
});

describe('HorizontalPodAutoscaler controller', () => {
  const scenario = (hpa: string) => scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: hpa}
seed: 5
until: 10m
nodes:
  - {namePrefix: node-, count: 1, capacity: {cpu: "8", memory: 16Gi, pods: "110"}}
manifests:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: php}
    spec:
      replicas: 2
      selector: {matchLabels: {app: php}}
      template:
        metadata: {labels: {app: php}}
        spec: {containers: [{name: php, image: php, resources: {requests: {cpu: 200m}}}]}
  - {apiVersion: v1, kind: Pod, metadata: {name: php-a, labels: {app: php}}, spec: {containers: [{name: php, image: ` +
    (`php, resources: {requests: {cpu: 200m}}}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: php-b, labels: {app: php}}, spec: {containers: [{name: php, image: ` +
    `php, resources: {requests: {cpu: 200m}}}]}}
${hpa}
behaviors:
  - {match: {labels: {app: php}}, cpu: {steps: [{at: 0s, cpu: 100m}, {at: 2m, cpu: 400m}, {at: 4m, cpu: 20m}]}}
`));
  const v2 = `  - apiVersion: autoscaling/v2
    kind: HorizontalPodAutoscaler
    metadata: {name: php}
    spec:
      scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: php}
      minReplicas: 1
      maxReplicas: 10
      metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}}]`;

  test('scales a bare target up under load at the policy rate and down after the 300 s window', () => {
    const { sim, events } = batchSimulation(scenario(v2), [horizontalPodAutoscalerController]);
    sim.run();
    const said = events.filter((e): e is Extract<ClusterEvent,
      { type: 'ControllerEvent' }> => e.type === 'ControllerEvent');
    expect(said.map((e) => [e.at / 1000, e.reason, e.message])).toEqual([
      // No pod runs yet: metrics-server lists none (resource_client.go GetResourceMetric); the event carries the
      // error, the condition "the HPA was unable to compute the replica count: " before it.
      [0, 'FailedGetResourceMetric',
        'failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource ' +
          'metrics API'],
      [0, 'FailedComputeMetricsReplicas', 'invalid metrics (1 invalid out of 1), first error is: failed to get cpu ' +
        'resource metric value: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics ' +
          'returned from resource metrics API'],
      [120, 'SuccessfulRescale', 'New size: 6; reason: cpu resource utilization (percentage of request) above target'],
      [135, 'SuccessfulRescale', 'New size: 8; reason: cpu resource utilization (percentage of request) above target'],
      [525, 'SuccessfulRescale', 'New size: 1; reason: All metrics below target'],
    ]);
    const applied = events.filter((e) => e.type === 'ObjectApplied'
      && e.resource === 'deployments').map((e) => [e.at / 1000,
        ((e as { object: { spec: { replicas: number } } }).object.spec.replicas)]);
    expect(applied).toEqual([[0, 2], [120, 6], [135, 8], [525, 1]]);
    expect(getObject(sim.state, 'horizontalpodautoscalers', 'default/php')!.status).toEqual({
      observedGeneration: 1, lastScaleTime: 525_000, currentReplicas: 1, desiredReplicas: 1,
      currentMetrics: [{ type: 'Resource', resource: { name: 'cpu',
        current: { averageUtilization: 10, averageValue: '20m' } } }],
      conditions: [
        { type: 'AbleToScale', status: 'True', reason: 'ReadyForNewScale',
          message: 'recommended size matches current size', lastTransitionTime: 0 },
        { type: 'ScalingActive', status: 'True', reason: 'ValidMetricFound',
          message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization ' +
            '(percentage of request)', lastTransitionTime: 15_000 },
        { type: 'ScalingLimited', status: 'False', reason: 'DesiredWithinRange',
          message: 'the desired count is within the acceptable range', lastTransitionTime: 135_000 },
      ],
    });
  });

  test('a v1 HPA reads targetCPUUtilizationPercentage and reports currentCPUUtilizationPercentage', () => {
    const v1 = `  - apiVersion: autoscaling/v1
    kind: HorizontalPodAutoscaler
    metadata: {name: php}
    spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: php}, minReplicas: 2, maxReplicas: 4, ` +
      `targetCPUUtilizationPercentage: 50}`;
    const { sim } = batchSimulation(scenario(v1), [horizontalPodAutoscalerController]);
    sim.runUntil(150_000);
    expect(getObject(sim.state, 'horizontalpodautoscalers', 'default/php')!.status).toEqual(
      { lastScaleTime: 120_000, currentReplicas: 4, desiredReplicas: 4, currentCPUUtilizationPercentage: 200 });
  });

  test('a missing target is reported once, not every period', () => {
    const { sim, events } = batchSimulation(scenario(v2.replace('kind: Deployment, name: php}',
      'kind: Deployment, name: nope}')), [horizontalPodAutoscalerController]);
    sim.run();
    const warnings = events.filter((e) => e.type === 'ControllerEvent');
    expect(warnings.map((e) => [e.at, (e as { reason: string }).reason, (e as { message: string }).message])).toEqual(
      [[0, 'FailedGetScale',
        `the HPA controller was unable to get the target's current scale: deployments.apps "nope" not found`]]);
    expect(events.filter((e) => e.type === 'ObjectStatusUpdated')).toHaveLength(1);
  });

  test('a ReplicationController target selects its pods with its plain selector map', () => {
    const rc = v2.replace('kind: Deployment, name: php}', 'kind: ReplicationController, name: php-rc}') + (`
  - {apiVersion: v1, kind: ReplicationController, metadata: {name: php-rc}, spec: {replicas: 2, selector: {app: ` +
    `php}, template: {metadata: {labels: {app: php}}, spec: {containers: [{name: php, image: php}]}}}}`);
    const { sim } = batchSimulation(scenario(rc), [horizontalPodAutoscalerController]);
    sim.runUntil(130_000);
    expect((getObject(sim.state, 'replicationcontrollers', 'default/php-rc')!.spec as {
      replicas: number }).replicas).toBe(6);
  });
});
