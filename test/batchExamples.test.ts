import { describe, expect, test } from 'vitest';
import { batchSimulation } from '../test-support/batch.js';
import { scenarioFile } from '../test-support/scenario.js';
import { DEFAULT_COMPONENTS } from '../src/engine/components.js';
import type { ComponentFactory } from '../src/engine/simulation.js';
import type { ClusterEvent } from '../src/events/index.js';
import type { Job } from '../src/controllers/job/job.js';
import type { CronJob } from '../src/controllers/cronjob/cronJob.js';
import { runScenario } from '../src/engine/run.js';
import { getObject, objectKeys } from '../src/reducers/state.js';

const load = (name: string) => scenarioFile(`examples/${name}/scenario.yaml`);
// Every built-in controller, with the test kubelet (containers exit after their behaviour's exitAfter).
const controllers: ComponentFactory[] = DEFAULT_COMPONENTS.filter((c) => !['apiserver', 'kubelet', 'scheduler'].includes(c.name));
type CE = Extract<ClusterEvent, { type: 'ControllerEvent' }>;

describe('batch examples read right', () => {
  test('job-parallel: pi runs two at a time and completes at 1m; the Indexed Job completes indexes 0-5 at 20 s', () => {
    const { sim } = batchSimulation(load('job-parallel'), controllers);
    sim.run();
    const pi = getObject(sim.state, 'jobs', 'default/pi') as Job, indexed = getObject(sim.state, 'jobs', 'default/indexed') as Job;
    expect([pi.status?.succeeded, pi.status?.completionTime]).toEqual([6, 60_000]);
    expect([indexed.status?.completedIndexes, indexed.status?.completionTime]).toEqual(['0-5', 20_000]);
  });

  // cronjob_controllerv2.go nextScheduleDelta: each Job is created 100 ms after its schedule time,
  // so the 1h run's Job comes at 1h + 100 ms, after the scenario's end.
  test('cronjob-every-minute: 59 hello Jobs in the hour, three kept; report (Forbid, 90 s) starts every other minute', () => {
    const { sim, events } = batchSimulation(load('cronjob-every-minute'), controllers);
    sim.run();
    const created = (cj: string) => events.filter((e): e is CE => e.type === 'ControllerEvent' && e.key === `default/${cj}` && e.reason === 'SuccessfulCreate');
    expect(created('hello')).toHaveLength(59);
    expect(created('report').map((e) => e.at)).toEqual(Array.from({ length: 30 }, (_, i) => (1 + 2 * i) * 60_000 + 100));
    expect(objectKeys(sim.state, 'jobs').filter((k) => k.startsWith('default/hello-'))).toHaveLength(3); // 3 kept, none running
    expect((getObject(sim.state, 'cronjobs', 'default/hello') as CronJob).status?.lastScheduleTime).toBe(3_540_000);
  });

  test('node-failure: pods on the lost node are evicted at 2m55s + 300 s', () => {
    const { sim, events } = batchSimulation(load('node-failure'), controllers);
    sim.run();
    const evictions = events.filter((e) => e.type === 'PodTerminating' && e.reason === 'DeletionByTaintManager');
    expect(evictions.length).toBeGreaterThan(0);
    for (const e of evictions) expect(e.at).toBe(175_000 + 300_000);
    // cache stayed Terminating on the lost node until it came back at 12m; the kubelet then finished it.
    expect(events.filter((e) => e.type === 'PodDeleted' && e.pod === 'default/cache').map((e) => e.at)).toEqual([720_000]);
    const batch = getObject(sim.state, 'jobs', 'default/batch') as Job;
    expect(batch.status?.active).toBe(3);
  });

  // The walkthrough (horizontal-pod-autoscale-walkthrough): 620m of load shared by the Service's ready pods.
  // One pod capped at its 500m limit: 250% of 200m, ratio 5 -> ceil(5 x 1) = 5 (GetResourceReplicas). At 135 s the
  // four new pods are inside the readiness window (groupPods: unready), counted as 0 on a scale-up: the ratio turns
  // below 1, so the count stays. At 150 s: 5 x 124m = 62%, ratio 1.24 -> ceil(6.2) = 7. Then 7 x ceil(88.6m) = 89m:
  // 623 x 100 / 1400 = 44% (the walkthrough's "cpu: 44%/50%"), ratio 0.88 -> ceil(6.16) = 7: settled. The load stops
  // at 12m; the last high recommendation (705 s) leaves the 300 s window at 1005 s.
  test('hpa-php-apache (real kubelet and Deployment controller): 5, then 7 at 44%, back to 1 after the window', () => {
    const events: ClusterEvent[] = [];
    const r = runScenario(load('hpa-php-apache'), { onEvent: (_seq, e) => events.push(e) });
    const rescales = events.filter((e): e is CE => e.type === 'ControllerEvent' && e.reason === 'SuccessfulRescale');
    expect(rescales.map((e) => [e.at / 1000, e.message.split(';')[0]])).toEqual([[120, 'New size: 5'], [150, 'New size: 7'], [1005, 'New size: 1']]);
    const at10m = events.filter((e) => e.type === 'ObjectStatusUpdated' && e.resource === 'horizontalpodautoscalers' && e.at <= 600_000).at(-1) as { status: { currentReplicas: number; currentMetrics: unknown[] } };
    expect(at10m.status.currentReplicas).toBe(7);
    expect(at10m.status.currentMetrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 44, averageValue: '89m' } } }]);
    expect(getObject(r.state, 'deployments', 'default/php-apache')!.spec).toMatchObject({ replicas: 1 });
  });

  test('job-parallel (real kubelet): pi completes once its six pods ran, image pulls included', () => {
    const r = runScenario(load('job-parallel'));
    const pi = getObject(r.state, 'jobs', 'default/pi') as Job;
    expect(pi.status?.succeeded).toBe(6);
    expect(pi.status?.completionTime).toBe(62_000);
  });
});
