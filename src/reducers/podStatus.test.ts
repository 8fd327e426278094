import { describe, expect, test } from 'vitest';
import type { ContainerStatus, Pod } from '../api/types.js';
import { deriveConditions, getPhase, scheduledCondition, trueCondition } from './podStatus.js';
import { asNodeName, asUid } from '../api/ids.js';

type S = ContainerStatus['state'];
const cs = (name: string, state: S, extra: Partial<ContainerStatus> = {}): ContainerStatus =>
  ({ name, image: 'x', imageID: '', ready: false, started: false, restartCount: 0, state, lastState: {}, ...extra });
const running: S = { running: { startedAt: 1 } };
const exited = (exitCode: number): S => ({ terminated: { exitCode, finishedAt: 2 } });
const waiting: S = { waiting: { reason: 'ContainerCreating' } };

function pod(o: { policy?: 'Always' | 'OnFailure' | 'Never'; inits?: { name: string; sidecar?: boolean }[];
  apps?: string[]; init?: ContainerStatus[]; app?: ContainerStatus[]; deleting?: boolean;
    conditions?: Pod['status']['conditions'] }): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: 'p', namespace: 'default', uid: asUid('u'), ...(o.deleting ? { deletionTimestamp: 5 } : {}) },
    spec: {
      nodeName: asNodeName('n'), restartPolicy: o.policy ?? 'Always',
      initContainers: (o.inits ?? []).map((c) => ({ name: c.name,
        ...(c.sidecar ? { restartPolicy: 'Always' as const } : {}) })),
      containers: (o.apps ?? ['a']).map((name) => ({ name })),
    },
    status: { phase: 'Pending', conditions: o.conditions ?? [], ...(o.init ? { initContainerStatuses: o.init } : {}),
      ...(o.app ? { containerStatuses: o.app } : {}) },
  };
}

describe('getPhase (kubelet_pods.go)', () => {
  test.each([
    { name: 'no container status reported yet is Pending', p: pod({}), want: 'Pending' },
    { name: 'a running container is Running', p: pod({ app: [cs('a', running)] }), want: 'Running' },
    { name: 'a waiting container without a previous run is Pending',
      p: pod({ app: [cs('a', running), cs('b', waiting)], apps: ['a', 'b'] }), want: 'Pending' },
    { name: 'Always: all exited is still Running (they restart)', p: pod({ app: [cs('a', exited(0))] }),
      want: 'Running' },
    { name: 'OnFailure: all exited 0 is Succeeded', p: pod({ policy: 'OnFailure', app: [cs('a', exited(0))] }),
      want: 'Succeeded' },
    { name: 'OnFailure: one failed is Running (it restarts)',
      p: pod({ policy: 'OnFailure', apps: ['a', 'b'], app: [cs('a', exited(0)), cs('b', exited(1))] }),
        want: 'Running' },
    { name: 'Never: one failed is Failed', p: pod({ policy: 'Never', apps: ['a', 'b'],
      app: [cs('a', exited(0)), cs('b', exited(1))] }), want: 'Failed' },
    { name: 'a restarting container (waiting, last run exited 0) counts as stopped but not succeeded',
      p: pod({ policy: 'OnFailure', app: [cs('a', waiting, {
        lastState: { terminated: { exitCode: 0, finishedAt: 2 } } })] }), want: 'Running' },
    { name: 'a failed init container under Never fails the pod',
      p: pod({ policy: 'Never', inits: [{ name: 'i' }], init: [cs('i', exited(1))] }), want: 'Failed' },
    { name: 'a failed init container under Always keeps the pod Pending',
      p: pod({ inits: [{ name: 'i' }], init: [cs('i', exited(1))] }), want: 'Pending' },
    { name: 'a running init container keeps the pod Pending',
      p: pod({ inits: [{ name: 'i' }], init: [cs('i', running)], app: [cs('a', waiting)] }), want: 'Pending' },
    { name: 'a sidecar running but not started keeps the pod Pending',
      p: pod({ inits: [{ name: 's', sidecar: true }], init: [cs('s', running)], app: [cs('a', waiting)] }),
        want: 'Pending' },
    { name: 'a started sidecar with a running app is Running',
      p: pod({ inits: [{ name: 's', sidecar: true }], init: [cs('s', running, { started: true })],
        app: [cs('a', running)] }), want: 'Running' },
    { name: 'terminated sidecars do not count: Never with the app exited 0 is Succeeded',
      p: pod({ policy: 'Never', inits: [{ name: 's', sidecar: true }], init: [cs('s', exited(137))],
        app: [cs('a', exited(0))] }), want: 'Succeeded' },
    { name: 'a deleted pod whose containers all stopped is terminal whatever the policy',
      p: pod({ deleting: true, app: [cs('a', exited(137))] }), want: 'Failed' },
  ] as const)('$name', ({ p, want }) => {
    expect(getPhase(p)).toBe(want);
  });
});

describe('deriveConditions (status/generate.go)', () => {
  test('an unready pod lists its unready containers; lastTransitionTime stays while the status holds', () => {
    const p = { ...pod({ apps: ['a', 'b'], app: [cs('a', running, { ready: true }), cs('b', running)] }),
      status: { ...pod({}).status, phase: 'Running' as const, podIP: '10.0.0.2',
        containerStatuses: [cs('a', running, { ready: true }), cs('b', running)] } };
    const first = deriveConditions(p, 100);
    expect(first).toEqual([
      { type: 'PodReadyToStartContainers', status: 'True', lastProbeTime: null, lastTransitionTime: 100 },
      { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: 100 },
      { type: 'Ready', status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [b]',
        lastProbeTime: null, lastTransitionTime: 100 },
      { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady',
        message: 'containers with unready status: [b]', lastProbeTime: null, lastTransitionTime: 100 },
    ]);
    const later = deriveConditions({ ...p, status: { ...p.status, conditions: first } }, 200);
    expect(later.map((c) => c.lastTransitionTime)).toEqual([100, 100, 100, 100]);
  });
  test('a Succeeded pod: ContainersReady and Ready False with reason PodCompleted', () => {
    const p = { ...pod({}), status: { ...pod({}).status, phase: 'Succeeded' as const, podIP: '10.0.0.2',
      containerStatuses: [cs('a', exited(0))] } };
    expect(deriveConditions(p, 7).slice(2)).toEqual([
      { type: 'Ready', status: 'False', reason: 'PodCompleted', lastProbeTime: null, lastTransitionTime: 7 },
      { type: 'ContainersReady', status: 'False', reason: 'PodCompleted', lastProbeTime: null, lastTransitionTime: 7 },
    ]);
  });
});

describe('shared True conditions', () => {
  test('one frozen object per type and instant, with the keys and order of the literal it stands for', () => {
    const a = trueCondition('Ready', 5000);
    expect(JSON.stringify(a)).toBe(JSON.stringify({ type: 'Ready', status: 'True', lastProbeTime: null,
      lastTransitionTime: 5000 }));
    expect(Object.isFrozen(a)).toBe(true);
    expect(trueCondition('Ready', 5000)).toBe(a);
    expect(trueCondition('Initialized', 5000)).not.toBe(a);
    const s = scheduledCondition(5000);
    expect(JSON.stringify(s)).toBe(JSON.stringify({ type: 'PodScheduled', status: 'True', lastTransitionTime: 5000,
      lastProbeTime: null }));
    expect(scheduledCondition(6000)).not.toBe(s);
    expect(trueCondition('Ready', 6000).lastTransitionTime).toBe(6000);
  });
});
