import { describe, expect, test } from 'vitest';
import type { KubeObject, Pod } from '../../api/types.js';
import type { EventObject } from '../events/eventObject.js';
import { describeDaemonSet, describeDeployment, describeReplicaSet, describeStatefulSet } from './apps.js';
import type { DescribeContext } from './context.js';
import { asUid } from '../../api/ids.js';

const START = Date.UTC(2026, 0, 1);
const owner = (kind: string, name: string, uid: string) => [{ apiVersion: 'apps/v1', kind, name, uid: asUid(uid),
  controller: true }];
const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27',
  ports: [{ containerPort: 80, protocol: 'TCP' }], resources: { limits: { cpu: '500m', memory: '128Mi' },
    requests: { cpu: '250m', memory: '64Mi' } } }] } };
const rs = (name: string, hash: string, replicas: number, image: string, created: number): KubeObject => ({
  apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, namespace: 'default', uid: asUid(`rs-${hash}`),
    creationTimestamp: created, labels: { app: 'web', 'pod-template-hash': hash },
    annotations: { 'deployment.kubernetes.io/revision': '1' }, ownerReferences: owner('Deployment', 'web', 'd-1') },
  spec: { replicas, selector: { matchLabels: { app: 'web', 'pod-template-hash': hash } },
    template: { metadata: { labels: { app: 'web', 'pod-template-hash': hash } },
      spec: { containers: [{ ...template.spec.containers[0], image }] } } },
  status: { replicas },
});
const pod = (name: string, phase: Pod['status']['phase'], ownerUid: string): Pod => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: asUid(name), creationTimestamp: 0,
    ownerReferences: owner('ReplicaSet', 'x', ownerUid) }, spec: { containers: [] },
      status: { phase, conditions: [] } });
const event = (reason: string, message: string, first: number, last: number, count: number,
  component: string): EventObject => ({
  apiVersion: 'v1', kind: 'Event', metadata: { name: `e.${first}`, namespace: 'default', creationTimestamp: first },
  involvedObject: { kind: 'Deployment', name: 'web', namespace: 'default', apiVersion: 'apps/v1' }, reason, message,
  source: { component }, firstTimestamp: first, lastTimestamp: last, count, type: 'Normal',
  reportingComponent: component, reportingInstance: '' });
const ctx = (objects: Record<string, KubeObject[]>, pods: Pod[] = [], events: EventObject[] = []): DescribeContext => ({
  startTime: START, now: 600_000, events, pods, list: (r) => objects[r] ?? [] });

// Each expected text is written from kubectl 1.34's pkg/describe/describe.go (the describer named
// in the test) through tabbedString's tabwriter (minwidth 0, padding 2): consecutive lines with a
// tab form one column block, as wide as its widest first cell plus 2; a line without a tab ends it.
describe('kubectl describe for the apps kinds', () => {
  test('deployment: replicas, strategy, pod template, conditions, old and new ReplicaSets, events', () => {
    const d: KubeObject = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default',
      uid: asUid('d-1'), creationTimestamp: 0, labels: { app: 'web' },
        annotations: { 'deployment.kubernetes.io/revision':
        '2' } },
    spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: 1 } }, minReadySeconds: 0 },
    status: { replicas: 3, updatedReplicas: 3, availableReplicas: 2, unavailableReplicas: 1, conditions: [
      { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable' },
      { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated' }] } };
    const old = rs('web-6b7f', '6b7f', 0, 'nginx:1.26', 0), current = rs('web-5d4c', '5d4c', 3, 'nginx:1.27', 60_000);
    const events = [event('ScalingReplicaSet', 'Scaled up replica set web-6b7f from 0 to 3', 0, 0, 1,
      'deployment-controller'), event('ScalingReplicaSet', 'Scaled up replica set web-5d4c from 0 to 3', 60_000,
      540_000, 2, 'deployment-controller')];
    expect(describeDeployment(d, ctx({ replicasets: [current, old] }, [], events))).toBe(`Name:                   web
Namespace:              default
CreationTimestamp:      Thu, 01 Jan 2026 00:00:00 +0000
Labels:                 app=web
Annotations:            deployment.kubernetes.io/revision: 2
Selector:               app=web
Replicas:               3 desired | 3 updated | 3 total | 2 available | 1 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 1 max surge
Pod Template:
  Labels:  app=web
  Containers:
   nginx:
    Image:      nginx:1.27
    Port:       80/TCP
    Host Port:  0/TCP
    Limits:
      cpu:     500m
      memory:  128Mi
    Requests:
      cpu:         250m
      memory:      64Mi
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      False   MinimumReplicasUnavailable
  Progressing    True    ReplicaSetUpdated
OldReplicaSets:  web-6b7f (0/0 replicas created)
NewReplicaSet:   web-5d4c (3/3 replicas created)
Events:
  Type    Reason             Age               From                   Message
  ----    ------             ----              ----                   -------
  Normal  ScalingReplicaSet  10m               deployment-controller  Scaled up replica set web-6b7f from 0 to 3
  Normal  ScalingReplicaSet  60s (x2 over 9m)  deployment-controller  Scaled up replica set web-5d4c from 0 to 3
`);
  });

  test('replicaset: FormatLabelSelector, Controlled By, pods by phase of the pods it controls only', () => {
    const r = rs('web-5d4c', '5d4c', 3, 'nginx:1.27', 0);
    const pods = [pod('a', 'Running', 'rs-5d4c'), pod('b', 'Pending', 'rs-5d4c'), pod('c', 'Running', 'other')];
    expect(describeReplicaSet(r, ctx({}, pods)).split('\n').slice(0, 11)).toEqual([
      'Name:           web-5d4c',
      'Namespace:      default',
      'Selector:       app=web,pod-template-hash=5d4c',
      'Labels:         app=web',
      '                pod-template-hash=5d4c',
      'Annotations:    deployment.kubernetes.io/revision: 1',
      'Controlled By:  Deployment/web',
      'Replicas:       3 current / 3 desired',
      'Pods Status:    1 Running / 1 Waiting / 0 Succeeded / 0 Failed',
      'Pod Template:',
      '  Labels:  app=web',
    ]);
  });

  test('statefulset: partition under the strategy, volume claim templates, events <none>', () => {
    const ss: KubeObject = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: 'default',
      uid: asUid('ss-1'), creationTimestamp: 0 },
    spec: { replicas: 2, selector: { matchLabels: { app: 'db' } }, serviceName: 'db',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } },
      template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'pg', image: 'postgres:16',
        volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql' }] }] } },
      volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'],
        storageClassName: 'fast', resources: { requests: { storage: '10Gi' } } } }] },
    status: { replicas: 2 } };
    expect(describeStatefulSet(ss, ctx({}, [pod('db-0', 'Running', 'ss-1')]))).toBe(`Name:               db
Namespace:          default
CreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000
Selector:           app=db
Labels:             <none>
Annotations:        <none>
Replicas:           2 desired | 2 total
Update Strategy:    RollingUpdate
  Partition:        1
Pods Status:        1 Running / 0 Waiting / 0 Succeeded / 0 Failed
Pod Template:
  Labels:  app=db
  Containers:
   pg:
    Image:        postgres:16
    Port:         <none>
    Host Port:    <none>
    Environment:  <none>
    Mounts:
      /var/lib/postgresql from data (rw)
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Volume Claims:
  Name:          data
  StorageClass:  fast
  Labels:        <none>
  Annotations:   <none>
  Capacity:      10Gi
  Access Modes:  [ReadWriteOnce]
Events:          <none>
`);
  });

  test('daemonset: the scheduled-number lines have no tab, so they break the alignment', () => {
    const ds: KubeObject = { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent',
      namespace: 'default', uid: asUid('ds-1') },
    spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } },
      spec: { nodeSelector: { 'kubernetes.io/os': 'linux' }, tolerations: [{ operator: 'Exists' }],
        containers: [{ name: 'a', image: 'agent:1' }] } } },
    status: { desiredNumberScheduled: 3, currentNumberScheduled: 3, updatedNumberScheduled: 2, numberAvailable: 2,
      numberMisscheduled: 0 } };
    expect(describeDaemonSet(ds, ctx({})).split('\n').slice(0, 24)).toEqual([
      'Name:           agent',
      'Namespace:      default',
      'Selector:       app=agent',
      'Node-Selector:  kubernetes.io/os=linux',
      'Labels:         <none>',
      'Annotations:    <none>',
      'Desired Number of Nodes Scheduled: 3',
      'Current Number of Nodes Scheduled: 3',
      'Number of Nodes Scheduled with Up-to-date Pods: 2',
      'Number of Nodes Scheduled with Available Pods: 2',
      'Number of Nodes Misscheduled: 0',
      'Pods Status:  0 Running / 0 Waiting / 0 Succeeded / 0 Failed',
      'Pod Template:',
      '  Labels:  app=agent',
      '  Containers:',
      '   a:',
      '    Image:         agent:1',
      '    Port:          <none>',
      '    Host Port:     <none>',
      '    Environment:   <none>',
      '    Mounts:        <none>',
      '  Volumes:         <none>',
      '  Node-Selectors:  kubernetes.io/os=linux',
      '  Tolerations:     op=Exists',
    ]);
  });
});
