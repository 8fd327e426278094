import { expect, test } from 'vitest';
import { batchSimulation } from '../../../test-support/batch.js';
import { jobController } from '../job/job.js';
import { ttlAfterFinishedController } from './ttlAfterFinished.js';
import { getObject } from '../../reducers/state.js';
import { scenarioFrom } from '../../../test-support/scenario.js';

test.each([
  { name: 'a Job that completes at 10 s is deleted (Foreground) 30 s later', exitCode: 0,
    want: [[40_000, 'Foreground']] },
  { name: 'a failed Job counts from its Failed condition', exitCode: 1, want: [[40_000, 'Foreground']] },
])('$name', ({ exitCode, want }) => {
  const s = scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: ttl}
seed: 1
until: 2m
nodes:
  - {namePrefix: node-, count: 1, capacity: {cpu: "4", memory: 8Gi, pods: "110"}}
manifests:
  - apiVersion: batch/v1
    kind: Job
    metadata: {name: t}
    spec:
      backoffLimit: 0
      ttlSecondsAfterFinished: 30
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
behaviors:
  - {match: {pod: "t-*"}, exitCode: ${exitCode}}
`);
  const { sim, events } = batchSimulation(s, [jobController, ttlAfterFinishedController]);
  sim.run();
  expect(events.filter((e) => e.type === 'ObjectTerminating').map((e) =>
    [e.at, (e as { propagationPolicy: string }).propagationPolicy])).toEqual(want);
  expect(getObject(sim.state, 'jobs', 'default/t')!.metadata.deletionTimestamp).toBe(40_000);
});
