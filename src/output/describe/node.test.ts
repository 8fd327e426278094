import { expect, test } from 'vitest';
import type { Node, Pod } from '../../api/types.js';
import { nodeAdded } from '../../../test-support/workloads.js';
import type { EventObject } from '../events/eventObject.js';
import { describeNode } from './node.js';
import { asNodeName, asUid } from '../../api/ids.js';

const added = nodeAdded('gpu-1', { labels: { 'node-role.kubernetes.io/worker': '', 'kubernetes.io/os': 'linux' },
  taints: [{ key: 'nvidia.com/gpu', effect: 'NoSchedule' }, { key: 'dedicated', value: 'ml', effect: 'NoSchedule' }] });
const base = (added as { object: Node }).object;
const node: Node = { ...base, status: { ...base.status, capacity: { ...base.status.capacity, 'nvidia.com/gpu': '4' },
  allocatable: { cpu: '7800m', memory: '30Gi', pods: '110', 'nvidia.com/gpu': '4' } } };
const pod = (name: string, ns: string, requests: Record<string, string>, limits: Record<string, string>,
  created: number): Pod => ({ apiVersion: 'v1', kind: 'Pod',
  metadata: { name, namespace: ns, uid: asUid(name), creationTimestamp: created },
  spec: { nodeName: asNodeName('gpu-1'), containers: [{ name: 'c', image: 'x', resources: { requests, limits } }] },
  status: { phase: 'Running', conditions: [] } });
const pods = [pod('train-0', 'ml', { cpu: '2', memory: '8Gi', 'nvidia.com/gpu': '2' },
  { cpu: '4', memory: '8Gi', 'nvidia.com/gpu': '2' }, 60_000), pod('web', 'default', { cpu: '250m', memory: '64Mi' },
  {}, 3_000_000)];
const registered: EventObject = { apiVersion: 'v1', kind: 'Event', metadata: { name: 'gpu-1.1', namespace: 'default',
  creationTimestamp: 0 }, involvedObject: { kind: 'Node', name: 'gpu-1', uid: asUid('gpu-1'), apiVersion: 'v1' },
reason: 'RegisteredNode', message: 'Node gpu-1 event: Registered Node gpu-1 in Controller', source: {
  component: 'node-controller' }, firstTimestamp: 0, lastTimestamp: 0, count: 1, type: 'Normal',
reportingComponent: 'node-controller', reportingInstance: '' };

// Expected text from kubectl 1.34's describe.go describeNode, describeNodeLease and
// describeNodeResource: taints sorted by effect then key, requests and limits as int64 percent of
// allocatable, sums keeping the first quantity's format, extended resources without a percent.
test('describe node: roles, taints, lease, conditions, capacity, pods with their share, totals, events', () => {
  const text = describeNode(node, { pods, renewTime: 3_590_000 }, [registered], Date.UTC(2026, 0, 1), 3_600_000);
  const lines = text.split('\n');
  expect(lines.slice(0, 15)).toEqual([
    'Name:               gpu-1',
    'Roles:              worker',
    'Labels:             kubernetes.io/hostname=gpu-1',
    '                    kubernetes.io/os=linux',
    '                    node-role.kubernetes.io/worker=',
    'Annotations:        <none>',
    'CreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000',
    'Taints:             dedicated=ml:NoSchedule',
    '                    nvidia.com/gpu:NoSchedule',
    'Unschedulable:      false',
    'Lease:',
    '  HolderIdentity:  gpu-1',
    '  AcquireTime:     <unset>',
    '  RenewTime:       Thu, 01 Jan 2026 00:59:50 +0000',
    'Conditions:',
  ]);
  const from = (title: string): string[] => lines.slice(lines.findIndex((l) => l.startsWith(title)));
  expect(from('Allocatable:').slice(0, 6)).toEqual([
    'Allocatable:', '  cpu:             7800m', '  memory:          30Gi', '  nvidia.com/gpu:  4',
      '  pods:            110',
    'System Info:',
  ]);
  expect(from('Allocated resources:')).toEqual([
    'Allocated resources:',
    '  (Total limits may be over 100 percent, i.e., overcommitted.)',
    '  Resource           Requests      Limits',
    '  --------           --------      ------',
    '  cpu                2250m (28%)   4 (51%)',
    '  memory             8256Mi (26%)  8Gi (26%)',
    '  ephemeral-storage  0 (0%)        0 (0%)',
    '  nvidia.com/gpu     2             2',
    'Events:',
    '  Type    Reason          Age   From             Message',
    '  ----    ------          ----  ----             -------',
    '  Normal  RegisteredNode  60m   node-controller  Node gpu-1 event: Registered Node gpu-1 in Controller',
    '',
  ]);
  expect(from('Non-terminated Pods:').slice(0, 5)).toEqual([
    'Non-terminated Pods:          (2 in total)',
    '  Namespace                   Name       CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age',
    '  ---------                   ----       ------------  ----------  ---------------  -------------  ---',
    '  ml                          train-0    2 (25%)       4 (51%)     8Gi (26%)        8Gi (26%)      59m',
    '  default                     web        250m (3%)     0 (0%)      64Mi (0%)        0 (0%)         10m',
  ]);
});
