import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../scenario/load.js';
import { memoryFs } from '../../../test-support/scenario.js';
import { runScenario } from '../../engine/run.js';
import type { ClusterEvent } from '../../events/index.js';
import { getObject } from '../../reducers/state.js';
import { formatHPAMetrics } from '../../output/printers/autoscaling.js';

type CE = Extract<ClusterEvent, { type: 'ControllerEvent' }>;
const SEL = '&LabelSelector{MatchLabels:map[string]string{queue: worker_tasks,},MatchExpressions:' +
  '[]LabelSelectorRequirement{},}';

const scenario = (metrics: string, series: string) => loadScenario('s.yaml', memoryFs({ 's.yaml': `
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: queue-worker}
seed: 3
until: 12m
nodes: [{namePrefix: node-, count: 1, capacity: {cpu: "8", memory: 16Gi, pods: "110"}}]
manifests:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: worker}
    spec:
      replicas: 2
      selector: {matchLabels: {app: worker}}
      template:
        metadata: {labels: {app: worker}}
        spec: {containers: [{name: worker, image: worker}]}
  - apiVersion: autoscaling/v2
    kind: HorizontalPodAutoscaler
    metadata: {name: worker}
    spec:
      scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: worker}
      minReplicas: 1
      maxReplicas: 10
      metrics:
${metrics}
metrics:
${series}
` }));

const external = `        - type: External
          external:
            metric: {name: queue_messages_ready, selector: {matchLabels: {queue: worker_tasks}}}
            target: {type: AverageValue, averageValue: "10"}`;
const queue = `  - type: External
    name: queue_messages_ready
    labels: {queue: worker_tasks}
    value: {steps: [{at: 0s, value: "20"}, {at: 2m, value: "60"}, {at: 6m, value: "5"}]}`;

function run(metrics: string, series: string) {
  const { scenario: s, warnings } = scenario(metrics, series);
  const events: ClusterEvent[] = [];
  const r = runScenario(s, { onEvent: (_seq, e) => events.push(e) });
  const said = events.filter((e): e is CE => e.type === 'ControllerEvent' && e.resource === 'horizontalpodautoscalers');
  return { hpa: getObject(r.state, 'horizontalpodautoscalers', 'default/worker')!, said, warnings, events };
}

describe('HPA on an External metric given by the scenario (horizontal.go computeStatusForExternalMetric)', () => {
  // GetExternalPerPodMetricReplicas: at 2m, 60 over 2 replicas against 10 each: ratio 3 -> ceil(60 / 10) = 6
  // (the default scale-up policy allows max(2 x 100%, 2 + 4) = 6). From 6m, 5 / 10 -> 1, held by the 300 s
  // scale-down window until the last recommendation of 6 (at 5m45s) leaves it: 10m45s.
  test('scales on the queue length, reports it in status and TARGETS, and scales back after the window', () => {
    const { hpa, said } = run(external, queue);
    expect(said.map((e) => [e.at / 1000, e.reason, e.message])).toEqual([
      [120, 'SuccessfulRescale', `New size: 6; reason: external metric queue_messages_ready(${SEL}) above target`],
      [645, 'SuccessfulRescale', 'New size: 1; reason: All metrics below target'],
    ]);
    const st = hpa.status as { currentMetrics: unknown[]; conditions: { type: string; message: string }[] };
    // ceil(5 / 1 replica) = 5 at the last sync.
    expect(st.currentMetrics).toEqual([{ type: 'External', external: { metric: { name: 'queue_messages_ready',
      selector: { matchLabels: { queue: 'worker_tasks' } } }, current: { averageValue: '5' } } }]);
    expect(st.conditions.find((c) => c.type === 'ScalingActive')!.message).toBe('the HPA was able to ' +
      `successfully calculate a replica count from external metric queue_messages_ready(${SEL})`);
    expect(formatHPAMetrics(hpa)).toBe('5/10 (avg)');
  });

  test('a Pods metric nobody gives: warned at load; its failure blocks the scale-down, not the scale-up', () => {
    const pods = `        - type: Pods
          pods: {metric: {name: packets-per-second}, target: {type: AverageValue, averageValue: "5"}}`;
    const { hpa, said, warnings } = run(`${external}\n${pods}`, queue);
    expect(warnings.map((w) => [w.object, w.path, w.message])).toEqual([['HorizontalPodAutoscaler/worker',
      'spec.metrics[1]', 'no "metrics:" entry gives the Pods metric "packets-per-second": the HPA fails to get it ' +
        '(FailedGetPodsMetric), as with no metrics adapter']]);
    const inner = 'unable to get metric packets-per-second: no metrics returned from custom metrics API';
    // computeReplicasForMetrics: a valid proposal above the current count scales even with an invalid metric.
    expect(said.filter((e) => e.reason === 'SuccessfulRescale').map((e) => [e.at / 1000, e.message.split(';')[0]]))
      .toEqual([[120, 'New size: 6']]);
    expect(said.filter((e) => e.reason === 'FailedGetPodsMetric').map((e) => e.message)).toEqual([inner]);
    expect(said.filter((e) => e.reason === 'FailedComputeMetricsReplicas').map((e) => [e.at / 1000, e.message]))
      .toEqual([[360, 'invalid metrics (1 invalid out of 2), first error is: failed to get pods metric value: ' +
        inner]]);
    const st = hpa.status as { currentReplicas: number; currentMetrics: unknown[];
      conditions: { type: string; status: string; reason: string; message: string }[] };
    expect(st.currentReplicas).toBe(6);
    expect(st.currentMetrics[1]).toEqual({ type: '' });
    expect(st.conditions.find((c) => c.type === 'ScalingActive')).toMatchObject({ status: 'False',
      reason: 'FailedGetPodsMetric', message: `the HPA was unable to compute the replica count: ${inner}` });
    // The average over the 6 replicas kept: ceil(5000m / 6) = 834m (GetExternalPerPodMetricReplicas).
    expect(formatHPAMetrics(hpa)).toBe('834m/10 (avg), <unknown>/5');
  });
});
