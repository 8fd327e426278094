import { describe, expect, test } from 'vitest';
import { runWithLog, scenarioFrom } from '../../test-support/scenario.js';
import { slowed } from './containerFaults.js';

const scenario = (probe: string, timeline: string) => `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: container-faults}
until: 15m
nodes:
  - {namePrefix: node-, count: 2, capacity: {cpu: "4", memory: 8Gi}}
manifests:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      replicas: 2
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec:
          containers:
            - {name: app, image: "web:1", ${probe}: {httpGet: {path: /, port: 80}, periodSeconds: 10}}
timeline:
${timeline}`;

type Fact = { at: number; type: string; reason?: string; pod?: string; exitCode?: number };
const facts = (yaml: string): Fact[] => runWithLog(scenarioFrom(yaml)).log.trim().split('\n').map((l) =>
  JSON.parse(l) as Fact);

describe('imagePullFail', () => {
  test('the container is killed, its pulls fail with ErrImagePull, retried on the kubelet image back-off ' +
    '(10 s doubling) until the outage ends', () => {
    const log =
      facts(scenario('livenessProbe', '  - {at: 1m, chaos: {kind: imagePullFail, pick: 0, recoverAfter: 4m}}\n'));
    const hit = log.find((e) => e.type === 'ControllerEvent' && e.reason === 'ChaosInjected')!;
    const pod = (hit as unknown as { key: string }).key;
    const mine = log.filter((e) => e.pod === pod && e.at >= 60_000);
    expect(mine.find((e) => e.type === 'ContainerExited')).toMatchObject({ at: 60_000, exitCode: 137 });
    const errs = mine.filter((e) => e.reason === 'ErrImagePull').map((e) => e.at / 1000);
    // Pulls take 2 s: failures at 62 s, then after back-offs of 10, 20, 40 and 80 s (+2 s each pull).
    expect(errs).toEqual([62, 74, 96, 138, 220]);
    expect(mine.filter((e) => e.reason === 'ImagePullBackOff').map((e) => e.at / 1000)).toEqual([63, 75, 97, 139, 221]);
    // The outage ended at 5m: the retry after 160 s pulls the image and the container starts.
    const pulled = mine.find((e) => e.type === 'ImagePulled' && e.at > 220_000)!;
    expect(pulled.at).toBe(380_000);
    expect(mine.some((e) => e.type === 'ContainerStarted' && e.at === 380_000)).toBe(true);
  });
});

describe('slowStart', () => {
  test('a liveness probe without a startupProbe kills a slow-starting container again and again', () => {
    const log = facts(scenario('livenessProbe', '  - {at: 8m, chaos: {kind: slowStart, pick: 0, delay: 2m}}\n'));
    const kills = log.filter((e) => e.type === 'Killing' && e.at >= 480_000);
    expect(kills.length).toBeGreaterThanOrEqual(3);
  });

  test('with a readiness probe only, the pod is unready until the application is up, then ready, never killed', () => {
    const log = facts(scenario('readinessProbe', '  - {at: 2m, chaos: {kind: slowStart, pick: 0, delay: 90s}}\n'));
    expect(log.filter((e) => e.type === 'Killing')).toEqual([]);
    const pod = (log.find((e) => e.reason === 'ChaosInjected') as unknown as { key: string }).key;
    const ready = log.filter((e) => e.pod === pod && e.type === 'ProbeSucceeded' && e.at > 120_000);
    // Restarted at 2m (image present: started at once); probes every 10 s pass from 90 s after the start.
    expect(ready[0]?.at).toBe(120_000 + 90_000);
  });

  test('slowed keeps a behaviour\'s own failures after the slow start', () => {
    expect(slowed(undefined, 30_000)).toEqual({ passAfter: 30_000 });
    expect(slowed({ failAfter: 60_000 }, 30_000)).toEqual({ passAfter: 30_000, failAfter: 60_000 });
    expect(slowed({ failAfter: 20_000 }, 30_000)).toEqual({ failAfter: 0 });
    expect(slowed({ passAfter: 45_000 }, 30_000)).toEqual({ passAfter: 45_000 });
    expect(slowed({ passAfter: 45_000 }, undefined)).toEqual({ passAfter: 45_000 });
  });
});
