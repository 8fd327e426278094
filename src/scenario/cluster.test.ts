import { describe, expect, test } from 'vitest';
import { crashLoopBackOff, nextRestart } from '../kubelet/backoff.js';
import { DEFAULT_CLUSTER, parseCluster } from './cluster.js';
import type { FieldProblem } from '../api/problems.js';
import { onePod, simulate } from '../../test-support/kubelet.js';

const parse = (v: unknown) => {
  const p: FieldProblem[] = [];
  const c = parseCluster(v, p);
  return { c, p: p.map((x) => `${x.path}: ${x.message}`) };
};
const GATES = { KubeletCrashLoopBackOffMax: true };

describe('cluster: block (feature gates and kubelet flags with Kubernetes v1.34 defaults)', () => {
  test('absent: every default (both crash-loop gates off, no configured cap)', () => {
    expect(parse(undefined)).toEqual({ c: DEFAULT_CLUSTER, p: [] });
    expect(crashLoopBackOff(undefined)).toEqual({ initialMs: 10_000, maxMs: 300_000 });
  });
  test('unknown keys and bad values are errors naming the path', () => {
    const bad = {
      featureGates: { Nope: true, KubeletCrashLoopBackOffMax: 'yes' }, kubelet: { maxContainerRestartPeriod: '10m' },
        x: 1,
    };
    expect(parse(bad).p)
      .toEqual([
        'cluster.x: unknown field (known: featureGates, kubelet, controllerManager)',
        'cluster.featureGates.Nope: unknown field '
          + '(known: KubeletCrashLoopBackOffMax, ReduceDefaultCrashLoopBackOffDecay)',
        'cluster.featureGates.KubeletCrashLoopBackOffMax: must be true or false, got "yes"',
        'cluster.kubelet.maxContainerRestartPeriod: must be between 1s and 300s',
      ]);
  });
});

describe('crash-loop back-off parameters (pkg/kubelet/kubelet.go newCrashLoopBackOff)', () => {
  test.each([
    { name: 'ReduceDefaultCrashLoopBackOffDecay: 1 s, capped at 60 s',
      v: { featureGates: { ReduceDefaultCrashLoopBackOffDecay: true } }, want: { initialMs: 1_000, maxMs: 60_000 } },
    { name: 'maxContainerRestartPeriod without its gate is not read',
      v: { kubelet: { maxContainerRestartPeriod: '30s' } }, want: { initialMs: 10_000, maxMs: 300_000 } },
    { name: 'KubeletCrashLoopBackOffMax with 30 s: 10 s first, capped at 30 s',
      v: { featureGates: GATES, kubelet: { maxContainerRestartPeriod: '30s' } },
      want: { initialMs: 10_000, maxMs: 30_000 } },
    { name: 'a cap below the first window lowers the first window too (5 s / 5 s)',
      v: { featureGates: GATES, kubelet: { maxContainerRestartPeriod: '5s' } },
      want: { initialMs: 5_000, maxMs: 5_000 } },
    { name: 'both gates: the configured cap wins over the reduced 60 s',
      v: { featureGates: { ...GATES, ReduceDefaultCrashLoopBackOffDecay: true },
        kubelet: { maxContainerRestartPeriod: '100s' } },
      want: { initialMs: 1_000, maxMs: 100_000 } },
  ])('$name', ({ v, want }) => {
    const { c, p } = parse(v);
    expect(p).toEqual([]);
    expect(crashLoopBackOff(c)).toEqual(want);
  });
  test('the windows double from the first one to the cap: 1, 2, 4, ..., 60 s with the reduced decay', () => {
    const params = crashLoopBackOff(parse({ featureGates: { ReduceDefaultCrashLoopBackOffDecay: true } }).c);
    let entry = nextRestart(undefined, 0, params).entry;
    const delays: number[] = [];
    let t = 0;
    for (let i = 0; i < 8; i++) {
      const r = nextRestart(entry, t, params);
      delays.push(r.delayMs);
      entry = r.entry;
      t = r.restartAt;
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
  });
});

test('the kubelet reads the gates: a crash-looping container backs off 5 s each time with a 5 s cap', () => {
  const pod = `  - apiVersion: v1
    kind: Pod
    metadata: {name: p, annotations: {kubesim.io/behavior: "{exitAfter: 1s, exitCode: 1}"}}
    spec: {containers: [{name: a, image: "busybox:1.36"}]}`;
  const cluster = 'cluster:\n  featureGates: {KubeletCrashLoopBackOffMax: true}\n'
    + '  kubelet: {maxContainerRestartPeriod: 5s}\n';
  const { events } = simulate(onePod(pod, cluster, '40s'));
  const delays = events.filter((e) => e.type === 'BackOff').map((e) => (e as { delayMs: number }).delayMs);
  expect(delays.length).toBeGreaterThan(2);
  expect(new Set(delays)).toEqual(new Set([5_000]));
});
