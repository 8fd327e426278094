import { describe, expect, test } from 'vitest';
import type { Pod } from '../../api/types.js';
import type { MetricSeries } from '../../scenario/metrics.js';
import { computeReplicasForMetric, type MetricContext, type MetricSpec } from './metricReplicas.js';
import { isWithinTolerance } from './replicaCalculator.js';

const NOW = 600_000;
const pod = (name: string, ready = true, labels: Record<string, string> = { app: 'web' }): Pod => ({
  apiVersion: 'v1', kind: 'Pod',
  metadata: { name, namespace: 'default', uid: name, labels },
  spec: { containers: [{ name: 'web', image: 'web', resources: { requests: { cpu: '200m' } } }] },
  status: { phase: 'Running', startTime: 0, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False',
    lastTransitionTime: 0 }], containerStatuses: [{ name: 'web', ready, restartCount: 0, image: 'web', imageID: '',
      state: { running: { startedAt: 0 } } }] },
} as unknown as Pod);
const steps = (v: number) => [{ at: 0, value: v }];
const ctx = (series: MetricSeries[], over: Partial<MetricContext> = {}): MetricContext => ({
  pods: [pod('web-a'), pod('web-b'), pod('web-c')], specReplicas: 3, statusReplicas: 3, namespace: 'default', now: NOW,
  behaviors: [], series, cpuShares: () => new Map(), ...over,
});
const selector = { matchLabels: { queue: 'worker_tasks' } };
const QUEUE = 'external metric queue_messages_ready(&LabelSelector{MatchLabels:map[string]string{queue: ' +
  'worker_tasks,},MatchExpressions:[]LabelSelectorRequirement{},})';

describe('Pods metrics (replica_calculator.go GetMetricReplicas / calcPlainMetricReplicas)', () => {
  const spec = (avg: string): MetricSpec => ({ type: 'Pods', pods: { metric: { name: 'packets-per-second' },
    target: { type: 'AverageValue', averageValue: avg } } });

  test('15 per pod against 10: ratio 1.5, ceil(1.5 x 3 ready pods) = 5', () => {
    const r = computeReplicasForMetric(spec('10'), ctx([{ type: 'Pods', name: 'packets-per-second', labels: {},
      value: steps(15_000) }]));
    expect(r).toEqual({ replicas: 5, name: 'pods metric packets-per-second', status: { type: 'Pods',
      pods: { metric: { name: 'packets-per-second' }, current: { averageValue: '15' } } } });
  });

  test('a total of 31 shared by 3 ready pods: ceil(10.33) = 10.334 each, within 10% of 10: keep 3', () => {
    const r = computeReplicasForMetric(spec('10'), ctx([{ type: 'Pods', name: 'packets-per-second', labels: {},
      total: steps(31_000) }]));
    // Each pod 10334m (MilliValue rounds up); average trunc(31002 / 3) = 10334m, ratio 1.0334.
    expect(r).toMatchObject({ replicas: 3, status: { pods: { current: { averageValue: '10334m' } } } });
  });

  test('an unready pod reports 0 of a total, and groupPods judges readiness for cpu only: it counts', () => {
    const pods = [pod('web-a'), pod('web-b'), pod('web-c', false)];
    const r = computeReplicasForMetric(spec('10'), ctx([{ type: 'Pods', name: 'packets-per-second', labels: {},
      total: steps(60_000) }], { pods }));
    // Ready pods 30 each, web-c 0: average 60 / 3 = 20, ratio 2 -> ceil(2 x 3) = 6.
    expect(r).toMatchObject({ replicas: 6, status: { pods: { current: { averageValue: '20' } } } });
  });

  test('no series for the pods: unable to get metric, FailedGetPodsMetric', () => {
    expect(computeReplicasForMetric(spec('10'), ctx([]))).toEqual({ reason: 'FailedGetPodsMetric',
      message: 'unable to get metric packets-per-second: no metrics returned from custom metrics API',
      error: 'failed to get pods metric value: unable to get metric packets-per-second: no metrics returned from ' +
        'custom metrics API' });
  });
});

describe('Object metrics (GetObjectMetricReplicas, GetObjectPerPodMetricReplicas)', () => {
  const ingress = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: 'main-route' };
  const series: MetricSeries[] = [{ type: 'Object', name: 'requests-per-second', labels: {}, namespace: 'default',
    object: { kind: 'Ingress', name: 'main-route' }, value: steps(2_000_000) }];
  const spec = (target: object): MetricSpec => ({ type: 'Object', object: { metric: { name: 'requests-per-second' },
    describedObject: ingress, target: target as never } });

  test('Value 2k against 1k: ratio 2 x 3 Running and Ready pods = 6 (getUsageRatioReplicaCount)', () => {
    expect(computeReplicasForMetric(spec({ type: 'Value', value: '1k' }), ctx(series))).toEqual({ replicas: 6,
      name: 'Ingress metric requests-per-second', status: { type: 'Object', object: { describedObject: ingress,
        metric: { name: 'requests-per-second' }, current: { value: '2k' } } } });
  });

  test('Value from zero replicas: ceil(ratio), no tolerance', () => {
    expect(computeReplicasForMetric(spec({ type: 'Value', value: '1900' }), ctx(series, { specReplicas: 0 })))
      .toMatchObject({ replicas: 2 });
  });

  test('AverageValue 500 with 3 replicas: 2000 / 1500 = 1.33 -> ceil(2000 / 500) = 4; average ceil(2000/3)', () => {
    expect(computeReplicasForMetric(spec({ type: 'AverageValue', averageValue: '500' }), ctx(series))).toEqual({
      replicas: 4, name: 'external metric requests-per-second(nil)',
      status: { type: 'Object', object: { metric: { name: 'requests-per-second' },
        current: { averageValue: '666667m' } } } });
  });

  test('an object with no series: the adapter\'s not-found error, FailedGetObjectMetric', () => {
    const r = computeReplicasForMetric(spec({ type: 'Value', value: '1k' }), ctx([]));
    expect(r).toEqual({ reason: 'FailedGetObjectMetric',
      message: 'unable to get metric requests-per-second: the server could not find the metric requests-per-second ' +
        'for ingresses.networking.k8s.io main-route on Ingress default/main-route',
      error: 'failed to get object metric value: unable to get metric requests-per-second: the server could not ' +
        'find the metric requests-per-second for ingresses.networking.k8s.io main-route on Ingress ' +
        'default/main-route' });
  });
});

describe('External metrics (GetExternalMetricReplicas, GetExternalPerPodMetricReplicas)', () => {
  const series: MetricSeries[] = [
    { type: 'External', name: 'queue_messages_ready', labels: { queue: 'worker_tasks' }, value: steps(30_000) },
    { type: 'External', name: 'queue_messages_ready', labels: { queue: 'worker_tasks', shard: '2' },
      value: steps(12_000) },
    { type: 'External', name: 'queue_messages_ready', labels: { queue: 'other' }, value: steps(99_000) },
  ];
  const spec = (target: object): MetricSpec => ({ type: 'External', external: {
    metric: { name: 'queue_messages_ready', selector }, target: target as never } });

  test('AverageValue 10: the matching series sum to 42; 42 / 30 = 1.4 -> ceil(4.2) = 5; average 14', () => {
    expect(computeReplicasForMetric(spec({ type: 'AverageValue', averageValue: '10' }), ctx(series))).toEqual({
      replicas: 5, name: QUEUE, status: { type: 'External', external: {
        metric: { name: 'queue_messages_ready', selector }, current: { averageValue: '14' } } } });
  });

  test('Value 40: 42 / 40 = 1.05, within the tolerance: keep 3', () => {
    expect(computeReplicasForMetric(spec({ type: 'Value', value: '40' }), ctx(series))).toMatchObject({ replicas: 3,
      status: { external: { current: { value: '42' } } } });
  });

  test('Value 20: ratio 2.1 x 2 ready pods (one is not Ready) = ceil(4.2) = 5', () => {
    const pods = [pod('web-a'), pod('web-b'), pod('web-c', false)];
    expect(computeReplicasForMetric(spec({ type: 'Value', value: '20' }), ctx(series, { pods })))
      .toMatchObject({ replicas: 5 });
  });

  test('no matching series: unable to get external metric, FailedGetExternalMetric', () => {
    const r = computeReplicasForMetric(spec({ type: 'AverageValue', averageValue: '10' }), ctx([]));
    const inner = `unable to get external metric default/queue_messages_ready/${QUEUE.slice(
      'external metric queue_messages_ready('.length, -1)}: no metrics returned from external metrics API`;
    expect(r).toEqual({ reason: 'FailedGetExternalMetric', message: inner,
      error: 'failed to get queue_messages_ready ' +
      `external metric value: failed to get queue_messages_ready external metric: ${inner}` });
  });
});

describe('tolerance (replica_calculator.go Tolerances.isWithin)', () => {
  test.each([{ r: 0.9, want: true }, { r: 1.1, want: true }, { r: 1.1000001, want: false },
    { r: 0.8999999, want: false }])('ratio $r is within the 10% tolerance: $want', ({ r, want }) =>
    expect(isWithinTolerance(r)).toBe(want));
});
