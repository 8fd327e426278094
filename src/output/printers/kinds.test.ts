import { describe, expect, test } from 'vitest';
import type { KubeObject } from '../../api/types.js';
import type { EventObject } from '../events/eventObject.js';
import { resolveResource } from './index.js';
import { printTable } from './printTable.js';

const obj = (apiVersion: string, kind: string, name: string, spec: unknown, status: unknown = {}, extra: Record<string,
  unknown> = {}): KubeObject =>
  ({ apiVersion, kind, metadata: { name, namespace: 'default', creationTimestamp: 0, labels: { app: name } }, spec,
    status, ...extra });
const tmpl = (containers: [string, string][]) => ({ metadata: {},
  spec: { containers: containers.map(([name, image]) => ({ name, image })) } });
const show = (resource: string, objects: unknown[], now: number, wide = false): string =>
  printTable(resolveResource(resource)!, objects as KubeObject[], { now }, { wide });

// Each expected table is written from printers.go's print<Kind> function and column
// definitions, with AGE from duration.HumanDuration and kubectl's tabwriter (padding 3).
describe('kubectl get columns per kind', () => {
  test('deployments -o wide: READY ready/desired, containers, images and the selector', () => {
    const d = obj('apps/v1', 'Deployment', 'web', { replicas: 3, selector: { matchLabels: { app: 'web' } },
      template: tmpl([['nginx', 'nginx:1.27'], ['log', 'busybox']]) },
      { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 });
    expect(show('deployments', [d], 3 * 3600_000 + 5 * 60_000, true)).toBe(
      'NAME   READY   UP-TO-DATE   AVAILABLE   AGE    CONTAINERS   IMAGES               SELECTOR\n'
      + 'web    2/3     3            2           3h5m   nginx,log    nginx:1.27,busybox   app=web\n',
    );
  });
  test('replicasets, statefulsets and daemonsets', () => {
    expect(show('rs', [obj('apps/v1', 'ReplicaSet', 'web-5d4', { replicas: 3 }, { replicas: 3, readyReplicas: 1 })],
      45_000))
      .toBe('NAME      DESIRED   CURRENT   READY   AGE\nweb-5d4   3         3         1       45s\n');
    expect(show('sts', [obj('apps/v1', 'StatefulSet', 'db', { replicas: 2 }, { readyReplicas: 1 })], 600_000))
      .toBe('NAME   READY   AGE\ndb     1/2     10m\n');
    const ds = obj('apps/v1', 'DaemonSet', 'agent', { template: {
      spec: { nodeSelector: { role: 'worker', disk: 'ssd' }, containers: [] } } },
      { desiredNumberScheduled: 4, currentNumberScheduled: 4, numberReady: 3, updatedNumberScheduled: 4,
        numberAvailable: 3 });
    expect(show('ds', [ds], 50 * 3600_000)).toBe(
      'NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR          AGE\n'
      + 'agent   4         4         3       4            3           disk=ssd,role=worker   2d2h\n',
    );
  });
  test('jobs: STATUS from conditions, COMPLETIONS, DURATION from startTime to completionTime', () => {
    const done = obj('batch/v1', 'Job', 'pi', { completions: 3, parallelism: 2 },
      { succeeded: 3, startTime: 10_000, completionTime: 75_000, conditions: [{ type: 'Complete', status: 'True' }] });
    const queue = obj('batch/v1', 'Job', 'work', { parallelism: 3 }, { succeeded: 1, startTime: 0 });
    expect(show('jobs', [done, queue], 200_000)).toBe(
      'NAME   STATUS     COMPLETIONS   DURATION   AGE\n'
      + 'pi     Complete   3/3           65s        3m20s\n'
      + 'work   Running    1/1 of 3      3m20s      3m20s\n',
    );
  });
  test('cronjobs: TIMEZONE <none>, SUSPEND from the defaulted spec, ACTIVE jobs and LAST SCHEDULE', () => {
    const cj = obj('batch/v1', 'CronJob', 'hello', { schedule: '*/1 * * * *', suspend: false,
      jobTemplate: { spec: { template: tmpl([]) } } },
      { active: [{ name: 'hello-1' }], lastScheduleTime: 240_000 });
    expect(show('cj', [cj], 300_000)).toBe(
      'NAME    SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\n'
      + 'hello   */1 * * * *   <none>     False     1        60s             5m\n',
    );
  });
  test('hpa: REFERENCE, TARGETS as "cpu: current/target", MINPODS, MAXPODS, REPLICAS', () => {
    const hpa = obj('autoscaling/v2', 'HorizontalPodAutoscaler', 'php', {
      scaleTargetRef: { kind: 'Deployment', name: 'php-apache' }, minReplicas: 1, maxReplicas: 10,
      metrics: [{ type: 'Resource', resource: { name: 'cpu',
        target: { type: 'Utilization', averageUtilization: 50 } } }],
    }, { currentReplicas: 4, currentMetrics: [{ type: 'Resource',
      resource: { name: 'cpu', current: { averageUtilization: 61 } } }] });
    const fresh = obj('autoscaling/v2', 'HorizontalPodAutoscaler', 'new', {
      scaleTargetRef: { kind: 'Deployment', name: 'x' }, maxReplicas: 3,
      metrics: [{ type: 'Resource', resource: { name: 'memory',
        target: { type: 'AverageValue', averageValue: '200Mi' } } }],
    });
    expect(show('hpa', [fresh, hpa], 60_000)).toBe(
      'NAME   REFERENCE               TARGETS                   MINPODS   MAXPODS   REPLICAS   AGE\n'
      + 'new    Deployment/x            memory: <unknown>/200Mi   <unset>   3         0          60s\n'
      + 'php    Deployment/php-apache   cpu: 61%/50%              1         10        4          60s\n',
    );
  });
  // printers.go formatHPAMetrics: Pods and Value targets "current/target", AverageValue ones of Object and External
  // "current/target (avg)", "<unknown>" before a status (or for a failed metric's empty entry), two shown.
  test('hpa TARGETS for Pods, Object and External metrics', () => {
    const m = (type: string, field: string, target: object) => ({ type, [field]: { metric: { name: 'm' }, target } });
    const hpa = (name: string, metrics: object[], current: object[]) => obj('autoscaling/v2',
      'HorizontalPodAutoscaler', name, { scaleTargetRef: { kind: 'Deployment', name: 'w' }, maxReplicas: 5, metrics },
      { currentReplicas: 2, currentMetrics: current });
    const a = hpa('a', [m('Object', 'object', { type: 'Value', value: '2k' }),
      m('External', 'external', { type: 'AverageValue', averageValue: '10' })],
    [{ type: 'Object', object: { current: { value: '1500' } } },
      { type: 'External', external: { current: { averageValue: '834m' } } }]);
    const b = hpa('b', [m('Pods', 'pods', { type: 'AverageValue', averageValue: '1k' }),
      m('Object', 'object', { type: 'AverageValue', averageValue: '500' }),
      m('External', 'external', { type: 'Value', value: '40' })],
    [{ type: '' }, { type: 'Object', object: { current: { averageValue: '666667m' } } }]);
    expect(show('hpa', [a, b], 60_000)).toBe(
      'NAME   REFERENCE      TARGETS                                       MINPODS   MAXPODS   REPLICAS   AGE\n'
      + 'a      Deployment/w   1500/2k, 834m/10 (avg)                        <unset>   5         2          60s\n'
      + 'b      Deployment/w   <unknown>/1k, 666667m/500 (avg) + 1 more...   <unset>   5         2          60s\n',
    );
  });
  test('pdb and configmaps', () => {
    expect(show('pdb', [obj('policy/v1', 'PodDisruptionBudget', 'web', { minAvailable: 2 }, { disruptionsAllowed: 1 })],
      1000))
      .toBe('NAME   MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE\nweb    2               N/A           '
        +
        '    1                     1s\n');
    expect(show('cm', [obj('v1', 'ConfigMap', 'cfg', undefined, undefined,
      { data: { a: '1', b: '2' }, binaryData: { c: '' } })], 1000))
      .toBe('NAME   DATA   AGE\ncfg    3      1s\n');
  });
  test('events: OBJECT is kind/name lowercased; wide adds SUBOBJECT, SOURCE, FIRST SEEN, COUNT, NAME', () => {
    const ev: EventObject = {
      apiVersion: 'v1', kind: 'Event', metadata: { name: 'web-0.188', namespace: 'default', creationTimestamp: 10_000 },
      involvedObject: { kind: 'Pod', namespace: 'default', name: 'web-0', apiVersion: 'v1',
        fieldPath: 'spec.containers{app}' },
      reason: 'BackOff', message: 'Back-off restarting failed container app',
        source: { component: 'kubelet', host: 'node-a' },
      firstTimestamp: 10_000, lastTimestamp: 70_000, count: 5, type: 'Warning', reportingComponent: 'kubelet',
        reportingInstance: 'node-a',
    };
    expect(show('events', [ev], 100_000)).toBe(
      'LAST SEEN   TYPE      REASON    OBJECT      MESSAGE\n30s         Warning   BackOff   pod/web-0   Back-off ' +
        'restarting failed container app\n',
    );
    expect(show('events', [ev], 100_000, true)).toBe(
      'LAST SEEN   TYPE      REASON    OBJECT      SUBOBJECT              SOURCE            MESSAGE                   '
        +
        '                 FIRST SEEN   COUNT   NAME\n'
      + ('30s         Warning   BackOff   pod/web-0   spec.containers{app}   kubelet, node-a   Back-off restarting ' +
        'failed container app   90s          5       web-0.188\n'),
    );
  });
});
