import { describe, expect, test } from 'vitest';
import { onePod, simulate, timeline } from '../../test-support/kubelet.js';
import { nextRestart, type BackoffEntry } from './backoff.js';

describe('nextRestart', () => {
  test('restart delays: at once, then 10 s doubling to the 300 s cap', () => {
    let entry: BackoffEntry | undefined;
    let t = 0;
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      const r = nextRestart(entry, t);
      delays.push(r.delayMs);
      entry = r.entry;
      t = r.restartAt + 1_000; // each instance runs 1 s
    }
    expect(delays).toEqual([0, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
  });
  test('a container that ran more than 10 minutes since its last restart restarts at once again', () => {
    const first = nextRestart(undefined, 0);
    const second = nextRestart(first.entry, 1_000);
    expect(second.delayMs).toBe(10_000);
    expect(nextRestart(second.entry, second.restartAt + 600_001)).toEqual(
      { restartAt: second.restartAt + 600_001, delayMs: 0, entry: { backoffMs: 10_000,
        lastUpdate: second.restartAt + 600_001 } });
    expect(nextRestart(second.entry, second.restartAt + 600_000).delayMs).toBe(20_000);
  });
});

test('a crash loop in a run: BackOff events with the doubling delays, restartCount counting up', () => {
  const s = onePod(`  - apiVersion: v1
    kind: Pod
    metadata: {name: p, annotations: {kubesim.io/behavior: "{exitAfter: 1s, exitCode: 2}"}}
    spec: {containers: [{name: app, image: "busybox:1.36"}]}`, '', '3m');
  const lines = timeline(simulate(s).events, 'p').filter((l) => /BackOff|ContainerCreated|Exited/.test(l));
  expect(lines).toEqual([
    '2000 ContainerCreated app #0', '3000 ContainerExited app 2 Error',
    '3000 ContainerCreated app #1', '4000 ContainerExited app 2 Error', '4000 BackOff app 10000',
    '14000 ContainerCreated app #2', '15000 ContainerExited app 2 Error', '15000 BackOff app 20000',
    '35000 ContainerCreated app #3', '36000 ContainerExited app 2 Error', '36000 BackOff app 40000',
    '76000 ContainerCreated app #4', '77000 ContainerExited app 2 Error', '77000 BackOff app 80000',
    '157000 ContainerCreated app #5', '158000 ContainerExited app 2 Error', '158000 BackOff app 160000',
  ]);
});
