import fc from 'fast-check';
import { expect, test } from 'vitest';
import { batchSimulation } from '../test-support/batch.js';
import { cronJobController } from '../src/controllers/cronjob/cronJob.js';
import { jobController, type Job } from '../src/controllers/job/job.js';
import { nodesYaml, seconds } from './arbitraries/batch.js';
import { listObjects } from '../src/reducers/state.js';
import { runs } from './support/runs.js';
import { scenarioFrom } from '../test-support/scenario.js';

test('a CronJob with Forbid never runs two Jobs at once', () => {
  fc.assert(fc.property(fc.constantFrom('* * * * *', '*/2 * * * *', '*/3 * * * *', '0-30/7 * * * *'), seconds(5, 300), fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }), (schedule, runFor, deadline) => {
    const s = scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: prop-cron}
seed: 2
until: 40m
${nodesYaml(1)}
manifests:
  - apiVersion: batch/v1
    kind: CronJob
    metadata: {name: c}
    spec:
      schedule: "${schedule}"
      concurrencyPolicy: Forbid
${deadline !== undefined ? `      startingDeadlineSeconds: ${deadline}` : ''}
      jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: c, image: busybox}]
behaviors:
  - {match: {pod: "c-*"}, exitAfter: ${runFor}}
`);
    const { sim } = batchSimulation(s, [jobController, cronJobController]);
    let started = 0;
    const violations: string[] = []; // rxjs reports subscriber exceptions asynchronously
    sim.batches$.subscribe(({ state, events }) => {
      started += events.filter((e) => e.type === 'ObjectApplied' && e.resource === 'jobs').length;
      const running = listObjects(state, 'jobs').filter((j) => !(j as Job).status?.conditions?.some((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True'));
      if (running.length > 1) violations.push(`${state.time}: ${running.map((j) => j.metadata.name).join(', ')} running together`);
    });
    sim.run();
    expect(violations).toEqual([]);
    expect(started).toBeGreaterThan(0);
  }), { numRuns: runs(30) });
});
