import { describe, expect, test } from 'vitest';
import type { KubeObject } from '../../api/types.js';
import { describeCronJob, describeJob } from './batch.js';
import type { DescribeContext } from './context.js';
import { describeHPA, describePDB } from './policy.js';
import { asUid } from '../../api/ids.js';

const ctx: DescribeContext = { startTime: Date.UTC(2026, 0, 1), now: 600_000, events: [], pods: [], list: () => [] };
const meta = (name: string) => ({ name, namespace: 'default', uid: asUid(`${name}-uid`), creationTimestamp: 0 });
const busybox = { spec: { restartPolicy: 'Never', containers: [{ name: 'w', image: 'busybox:1.36',
  command: ['sh', '-c', 'echo $JOB_COMPLETION_INDEX'] }] } };

// Expected text from kubectl 1.34's describe.go: describeJob, describeCronJob (no Time Zone line in
// 1.34) with describeJobTemplate, describeHorizontalPodAutoscalerV2, describePodDisruptionBudgetV1.
describe('kubectl describe for batch, autoscaling and policy', () => {
  test('job: defaults shown, Duration as HumanDuration, ready pods, completed indexes', () => {
    const job: KubeObject = { apiVersion: 'batch/v1', kind: 'Job', metadata: { ...meta('pi'),
      ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'nightly', uid: asUid('c'),
        controller: true }] },
    spec: { parallelism: 2, completions: 4, completionMode: 'Indexed', suspend: false, backoffLimit: 6,
      activeDeadlineSeconds: 600, selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'pi-uid' } },
      template: busybox },
    status: { startTime: 0, completionTime: 95_000, active: 0, ready: 0, succeeded: 4, failed: 1,
      completedIndexes: '0-3' } };
    expect(describeJob(job, ctx)).toBe(`Name:                     pi
Namespace:                default
Selector:                 batch.kubernetes.io/controller-uid=pi-uid
Labels:                   <none>
Annotations:              <none>
Controlled By:            CronJob/nightly
Parallelism:              2
Completions:              4
Completion Mode:          Indexed
Suspend:                  false
Backoff Limit:            6
Start Time:               Thu, 01 Jan 2026 00:00:00 +0000
Completed At:             Thu, 01 Jan 2026 00:01:35 +0000
Duration:                 95s
Active Deadline Seconds:  600s
Pods Statuses:            0 Active (0 Ready) / 4 Succeeded / 1 Failed
Completed Indexes:        0-3
Pod Template:
  Labels:  <none>
  Containers:
   w:
    Image:      busybox:1.36
    Port:       <none>
    Host Port:  <none>
    Command:
      sh
      -c
      echo $JOB_COMPLETION_INDEX
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Events:            <none>
`);
  });

  test('cronjob: unset fields as <unset>, suspend as printBoolPtr, active jobs by name', () => {
    const cj: KubeObject = { apiVersion: 'batch/v1', kind: 'CronJob', metadata: meta('nightly'),
      spec: { schedule: '0 3 * * *', concurrencyPolicy: 'Forbid', suspend: false, successfulJobsHistoryLimit: 3,
        failedJobsHistoryLimit: 1, jobTemplate: { spec: { template: busybox } } },
      status: { lastScheduleTime: 540_000, active: [{ kind: 'Job', name: 'nightly-29453763' }] } };
    const lines = describeCronJob(cj, ctx).split('\n');
    expect(lines.slice(0, 13)).toEqual([
      'Name:                          nightly',
      'Namespace:                     default',
      'Labels:                        <none>',
      'Annotations:                   <none>',
      'Schedule:                      0 3 * * *',
      'Concurrency Policy:            Forbid',
      'Suspend:                       False',
      'Successful Job History Limit:  3',
      'Failed Job History Limit:      1',
      'Starting Deadline Seconds:     <unset>',
      'Selector:                      <unset>',
      'Parallelism:                   <unset>',
      'Completions:                   <unset>',
    ]);
    expect(lines.slice(-5)).toEqual([
      '  Tolerations:       <none>',
      'Last Schedule Time:  Thu, 01 Jan 2026 00:09:00 +0000',
      'Active Jobs:         nightly-29453763',
      'Events:              <none>',
      '',
    ]);
  });

  test('hpa: a utilization metric, a pods metric, behavior, replicas and conditions', () => {
    const hpa: KubeObject = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: meta('web'),
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1,
        maxReplicas: 10, metrics: [
          { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } },
          { type: 'Pods', pods: { metric: { name: 'qps' }, target: { type: 'AverageValue', averageValue: '1k' } } }],
        behavior: { scaleDown: { stabilizationWindowSeconds: 300, selectPolicy: 'Max',
          policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] } } },
      status: { currentReplicas: 2, desiredReplicas: 3, currentMetrics: [
        { type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 75, averageValue: '150m' } } }],
      conditions: [{ type: 'AbleToScale', status: 'True', reason: 'SucceededRescale',
        message: 'the HPA controller was able to update the target scale to 3' }] } };
    expect(describeHPA(hpa, ctx)).toBe(`Name:                                                  web
Namespace:                                             default
Labels:                                                <none>
Annotations:                                           <none>
CreationTimestamp:                                     Thu, 01 Jan 2026 00:00:00 +0000
Reference:                                             Deployment/web
Metrics:                                               ( current / target )
  resource cpu on pods  (as a percentage of request):  75% (150m) / 50%
  "qps" on pods:                                       <unknown> / 1k
Min replicas:                                          1
Max replicas:                                          10
Behavior:
  Scale Down:
    Stabilization Window: 300 seconds
    Select Policy: Max
    Policies:
      - Type: Percent  Value: 100  Period: 15 seconds
Deployment pods:       2 current / 3 desired
Conditions:
  Type         Status  Reason            Message
  ----         ------  ------            -------
  AbleToScale  True    SucceededRescale  the HPA controller was able to update the target scale to 3
Events:        <none>
`);
  });

  test('pdb: min available, selector, status at level 2', () => {
    const pdb: KubeObject = { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: meta('web'),
      spec: { minAvailable: '50%', selector: { matchLabels: { app: 'web' } } },
      status: { disruptionsAllowed: 1, currentHealthy: 3, desiredHealthy: 2, expectedPods: 3 } };
    expect(describePDB(pdb, ctx)).toBe(`Name:           web
Namespace:      default
Min available:  50%
Selector:       app=web
Status:
    Allowed disruptions:  1
    Current:              3
    Desired:              2
    Total:                3
Events:                   <none>
`);
  });
});
