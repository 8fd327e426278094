import { describe, expect, test } from 'vitest';
import { make } from '../../../test-support/manifests.js';
import type { KubeObject } from '../types.js';
import { applyDefaults, defaultCronJob, defaultDaemonSet, defaultDeployment, defaultHorizontalPodAutoscaler, defaultJob,
  defaultStatefulSet, generateJobSelector } from './index.js';

const k = (o: unknown): KubeObject => o as KubeObject;
const spec = (o: KubeObject): Record<string, unknown> => o.spec as Record<string, unknown>;
const omit = (o: Record<string, unknown>, ...keys: string[]): Record<string,
  unknown> => Object.fromEntries(Object.entries(o).filter(([key]) => !keys.includes(key)));

/** The pod template's containers after pod defaulting (checked here once, in full). */
const DEFAULTED_CONTAINER = { name: 'app', image: 'nginx:1.27', imagePullPolicy: 'IfNotPresent',
  terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', resources: {} };

describe('apps/v1 defaults (pkg/apis/apps/v1/defaults.go)', () => {
  test('a Deployment gets RollingUpdate 25%/25%, revisionHistoryLimit 10, progressDeadlineSeconds 600 and a defaulted '
    +
    'template', () => {
    const d = defaultDeployment(k(make('Deployment', { 'spec.replicas': undefined })));
    expect(omit(spec(d), 'template', 'selector')).toEqual({ replicas: 1,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
        revisionHistoryLimit: 10, progressDeadlineSeconds: 600 });
    const t = spec(d).template as { spec: Record<string, unknown> };
    expect(t.spec).toEqual({ containers: [DEFAULTED_CONTAINER], restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30, dnsPolicy: 'ClusterFirst', schedulerName: 'default-scheduler',
        securityContext: {}, enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority' });
  });

  test('given values are kept; Recreate gets no rollingUpdate', () => {
    const d = defaultDeployment(k(make('Deployment', { 'spec.strategy': { type: 'Recreate' },
      'spec.revisionHistoryLimit': 2 })));
    expect([spec(d).strategy, spec(d).revisionHistoryLimit, spec(d).replicas]).toEqual([{ type: 'Recreate' }, 2, 2]);
    const d2 = defaultDeployment(k(make('Deployment', { 'spec.strategy': { rollingUpdate: { maxSurge: 1 } } })));
    expect(spec(d2).strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '25%' } });
  });

  test('a StatefulSet gets OrderedReady, RollingUpdate partition 0, revisionHistoryLimit 10 and Retain policies',
    () => {
    expect(omit(spec(defaultStatefulSet(k(make('StatefulSet')))), 'template', 'selector')).toEqual({
      serviceName: 'db', replicas: 3, podManagementPolicy: 'OrderedReady',
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } }, revisionHistoryLimit: 10,
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
    });
  });

  test('a DaemonSet gets RollingUpdate maxUnavailable 1 maxSurge 0 and revisionHistoryLimit 10', () => {
    expect(omit(spec(defaultDaemonSet(k(make('DaemonSet')))), 'template', 'selector')).toEqual(
      { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
        revisionHistoryLimit: 10 });
  });
});

describe('batch/v1 defaults (pkg/apis/batch/v1/defaults.go)', () => {
  test.each([
    { name: 'a plain Job gets completions and parallelism 1', changes: {}, want: { completions: 1, parallelism: 1 } },
    { name: 'a work-queue Job (parallelism only) keeps completions unset', changes: { 'spec.parallelism': 3 },
      want: { parallelism: 3 } },
    { name: 'completions alone get parallelism 1', changes: { 'spec.completions': 5 },
      want: { completions: 5, parallelism: 1 } },
  ])('$name', ({ changes, want }) => {
    const j = spec(defaultJob(k(make('Job', changes))));
    expect(omit(j, 'template')).toEqual({ ...want, backoffLimit: 6, completionMode: 'NonIndexed', suspend: false,
      manualSelector: false, podReplacementPolicy: 'TerminatingOrFailed' });
  });

  test('a Job takes its template labels when it has none, and podFailurePolicy conditions default to True', () => {
    const j = defaultJob(k(make('Job', { 'spec.template.metadata.labels': { app: 'x' },
      'spec.podFailurePolicy': { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }] } })));
    expect(j.metadata.labels).toEqual({ app: 'x' });
    expect([spec(j).podFailurePolicy, spec(j).podReplacementPolicy]).toEqual(
      [{ rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }] }, 'Failed']);
  });

  test('the generated Job selector uses the controller uid, and labels the template', () => {
    const j = generateJobSelector(k(make('Job')), 'uid-1');
    expect(spec(j).selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': 'uid-1' } });
    expect((spec(j).template as { metadata: unknown }).metadata).toEqual(
      { labels: { 'batch.kubernetes.io/controller-uid': 'uid-1', 'batch.kubernetes.io/job-name': 'job',
        'controller-uid': 'uid-1', 'job-name': 'job' } });
  });

  test('a CronJob gets Allow, suspend false, history limits 3 and 1, and Job defaults in its template', () => {
    const c = spec(defaultCronJob(k(make('CronJob'))));
    expect(omit(c, 'jobTemplate')).toEqual({ schedule: '*/5 * * * *', concurrencyPolicy: 'Allow', suspend: false,
      successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 });
    expect(omit((c.jobTemplate as { spec: Record<string, unknown> }).spec, 'template')).toEqual(
      { completions: 1, parallelism: 1, backoffLimit: 6, completionMode: 'NonIndexed', suspend: false,
        manualSelector: false, podReplacementPolicy: 'TerminatingOrFailed' });
  });
});

describe('autoscaling defaults', () => {
  test('a v2 HPA without metrics gets CPU 80% and minReplicas 1; no behavior stays no behavior', () => {
    const h = spec(defaultHorizontalPodAutoscaler(k(make('HPAv2',
      { 'spec.minReplicas': undefined, 'spec.metrics': undefined }))));
    expect(omit(h, 'scaleTargetRef')).toEqual({ minReplicas: 1, maxReplicas: 5,
      metrics: [{ type: 'Resource', resource: { name: 'cpu',
        target: { type: 'Utilization', averageUtilization: 80 } } }] });
  });

  test('a given behavior is completed with the default scale-up and scale-down rules', () => {
    const h = spec(defaultHorizontalPodAutoscaler(k(make('HPAv2',
      { 'spec.behavior': { scaleDown: { stabilizationWindowSeconds: 60 } } }))));
    expect(h.behavior).toEqual({
      scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: 'Max',
        policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100, periodSeconds: 15 }] },
      scaleDown: { stabilizationWindowSeconds: 60, selectPolicy: 'Max',
        policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] },
    });
  });

  test('a v1 HPA gets minReplicas 1 and keeps its target', () => {
    expect(omit(spec(defaultHorizontalPodAutoscaler(k(make('HPAv1')))), 'scaleTargetRef')).toEqual(
      { maxReplicas: 5, targetCPUUtilizationPercentage: 50, minReplicas: 1 });
  });
});

describe('applyDefaults', () => {
  test('dispatches by kind and never mutates its input', () => {
    const rc = make('ReplicationController', { 'spec.selector': undefined, 'spec.replicas': undefined });
    const before = JSON.stringify(rc);
    const d = applyDefaults(k(rc));
    expect(JSON.stringify(rc)).toBe(before);
    expect([spec(d).replicas, spec(d).selector, d.metadata.labels]).toEqual([1, { app: 'rc' }, { app: 'rc' }]);
    expect(applyDefaults(k(make('PriorityClass', { value: undefined })))).toMatchObject(
      { value: 0, preemptionPolicy: 'PreemptLowerPriority' });
    expect(applyDefaults(k(make('ConfigMap')))).toEqual(make('ConfigMap'));
  });
});
