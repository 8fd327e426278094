import { describe, expect, test } from 'vitest';
import type { ContainerStatus, Pod } from '../../api/types.js';
import { podCells, podPrinter } from './pods.js';
import { asNodeName, asUid } from '../../api/ids.js';

const running = (name: string, o: Partial<ContainerStatus> = {}): ContainerStatus =>
  ({ name, image: 'img', imageID: '', ready: true, started: true, restartCount: 0, state: { running: { startedAt: 0 } },
    lastState: {}, ...o });

function pod(o: { containers?: string[]; inits?: { name: string; sidecar?: boolean }[]; statuses?: ContainerStatus[];
  initStatuses?: ContainerStatus[];
  phase?: Pod['status']['phase']; reason?: string; deleting?: boolean;
    conditions?: Pod['status']['conditions'] } = {}): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: 'web-0', namespace: 'default', uid: asUid('u'), creationTimestamp: 0,
      ...(o.deleting ? { deletionTimestamp: 1000 } : {}) },
    spec: {
      containers: (o.containers ?? ['app']).map((name) => ({ name, image: 'img' })),
      ...(o.inits ? { initContainers: o.inits.map((c) => ({ name: c.name, image: 'img',
        ...(c.sidecar ? { restartPolicy: 'Always' as const } : {}) })) } : {}),
      nodeName: asNodeName('node-a'),
    },
    status: {
      phase: o.phase ?? 'Running', conditions: o.conditions ?? [{ type: 'Ready', status: 'True' }], podIP: '10.244.0.5',
        podIPs: [{ ip: '10.244.0.5' }],
      ...(o.reason ? { reason: o.reason } : {}), containerStatuses: o.statuses ?? [running('app')],
      ...(o.initStatuses ? { initContainerStatuses: o.initStatuses } : {}),
    },
  } as Pod;
}

// The expected cells follow printers.go printPod, rule by rule.
describe('printPod', () => {
  test('RESTARTS shows "N (AGE ago)" from the latest lastState.terminated.finishedAt', () => {
    const p = pod({ statuses: [running('app', { restartCount: 3,
      lastState: { terminated: { exitCode: 1, finishedAt: 22_000 } } })] });
    expect(podCells(p, 100_000).restarts).toBe('3 (78s ago)');
  });
  test('restarts without a recorded termination print the bare count', () => {
    expect(podCells(pod({ statuses: [running('app', { restartCount: 2 })] }), 100_000).restarts).toBe('2');
  });
  test('a waiting container reason wins over the phase (CrashLoopBackOff), and a not-ready container is not counted',
    () => {
    const p = pod({ statuses: [running('app', { ready: false, state: { waiting: { reason: 'CrashLoopBackOff' } } })] });
    expect(podCells(p, 0)).toMatchObject({ ready: '0/1', status: 'CrashLoopBackOff' });
  });
  test('a terminated container without reason prints ExitCode:N, or Signal:N', () => {
    expect(podCells(pod({ statuses: [running('app', { ready: false,
      state: { terminated: { exitCode: 3, finishedAt: 1 } } })] }), 0).status).toBe('ExitCode:3');
    expect(podCells(pod({ statuses: [running('app', { ready: false,
      state: { terminated: { exitCode: 137, signal: 9, finishedAt: 1 } } })] }), 0).status).toBe('Signal:9');
  });
  test('the first unfinished init container decides: Init:i/n, Init:<waiting reason>', () => {
    const inits = [{ name: 'a' }, { name: 'b' }];
    const done = running('a', { ready: false, state: { terminated: { exitCode: 0, reason: 'Completed',
      finishedAt: 1 } } });
    expect(podCells(pod({ inits, phase: 'Pending', initStatuses: [done,
      running('b', { ready: false, state: { waiting: { reason: 'PodInitializing' } } })], statuses: [] }),
        0).status).toBe('Init:1/2');
    expect(podCells(pod({ inits, phase: 'Pending', initStatuses: [done,
      running('b', { ready: false, state: { waiting: { reason: 'CrashLoopBackOff' } } })], statuses: [] }),
        0).status).toBe('Init:CrashLoopBackOff');
  });
  test('a started sidecar counts towards READY and its total', () => {
    const p = pod({ inits: [{ name: 'log', sidecar: true }], initStatuses: [running('log')],
      statuses: [running('app')] });
    expect(podCells(p, 0)).toMatchObject({ ready: '2/2', status: 'Running' });
  });
  test('Completed with a container still running and ready prints Running; NotReady without the Ready condition',
    () => {
    const done = running('a', { ready: false, state: { terminated: { exitCode: 0, reason: 'Completed',
      finishedAt: 1 } } });
    expect(podCells(pod({ containers: ['b', 'a'], statuses: [running('b'), done] }), 0).status).toBe('Running');
    expect(podCells(pod({ containers: ['b', 'a'], statuses: [running('b'), done], conditions: [] }), 0).status).toBe(
      'NotReady');
  });
  test('deletion: Terminating, Unknown when the node was lost (NodeLost), the phase once terminal', () => {
    expect(podCells(pod({ deleting: true }), 0).status).toBe('Terminating');
    expect(podCells(pod({ deleting: true, reason: 'NodeLost' }), 0).status).toBe('Unknown');
    expect(podCells(pod({ deleting: true, phase: 'Succeeded',
      statuses: [running('app', { ready: false, state: { terminated: { exitCode: 0, reason: 'Completed',
        finishedAt: 1 } } })] }), 0).status).toBe('Completed');
  });
  test('a gated pod prints SchedulingGated', () => {
    expect(podCells(pod({ phase: 'Pending', statuses: [], conditions: [
      { type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }), 0).status).toBe('SchedulingGated');
  });
  test('wide cells: IP, NODE, NOMINATED NODE and READINESS GATES ("<none>" when unset)', () => {
    expect(podPrinter.row(pod(), { now: 125_000 })).toEqual(
      ['web-0', '1/1', 'Running', '0', '2m5s', '10.244.0.5', 'node-a', '<none>', '<none>']);
  });
});
