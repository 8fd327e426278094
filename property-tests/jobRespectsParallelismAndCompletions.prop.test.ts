import fc from 'fast-check';
import { expect, test } from 'vitest';
import { batchSimulation } from '../test-support/batch.js';
import { jobController, type Job } from '../src/controllers/job/job.js';
import { nodeLifecycleController } from '../src/controllers/nodelifecycle/nodeLifecycle.js';
import { taintEvictionController } from '../src/controllers/tainteviction/taintEviction.js';
import { tvalues } from '../src/reducers/table.js';
import { jobSpec, nodesYaml, seconds } from './arbitraries/batch.js';
import { getObject } from '../src/reducers/state.js';
import { runs } from './support/runs.js';
import { scenarioFrom } from '../test-support/scenario.js';

test('a Job never runs more than parallelism pods nor records more than completions successes', () => {
  fc.assert(fc.property(jobSpec, seconds(1, 40), fc.constantFrom(0, 0, 1), fc.option(fc.integer({ min: 10, max: 200 }), { nil: undefined }), (j, runFor, exitCode, lostAt) => {
    const s = scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: prop-job}
seed: 1
until: 8m
${nodesYaml(2)}
manifests:
  - apiVersion: batch/v1
    kind: Job
    metadata: {name: j}
    spec:
      parallelism: ${j.parallelism}
      backoffLimit: ${j.backoffLimit}
${j.completions !== undefined ? `      completions: ${j.completions}` : ''}
${j.indexed ? '      completionMode: Indexed' : ''}
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
behaviors:
  - {match: {pod: "j-*"}, exitAfter: ${runFor}, exitCode: ${exitCode}}
${lostAt !== undefined ? `timeline:\n  - {at: ${lostAt}s, nodeLost: node-1}` : ''}
`);
    const { sim } = batchSimulation(s, [jobController, nodeLifecycleController, taintEvictionController]);
    // rxjs reports a subscriber's exception asynchronously: collect violations, assert after the run.
    const violations: string[] = [];
    sim.batches$.subscribe(({ state }) => {
      const job = getObject(state, 'jobs', 'default/j')! as Job | undefined; // not yet applied in the first batch
      const active = tvalues(state.pods).filter((p) => p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed' && p.metadata.deletionTimestamp === undefined);
      if (active.length > j.parallelism) violations.push(`${state.time}: ${active.length} active > parallelism ${j.parallelism}`);
      if (j.completions !== undefined && (job?.status?.succeeded ?? 0) > j.completions) violations.push(`${state.time}: succeeded ${job?.status?.succeeded} > completions ${j.completions}`);
      if ((job?.status?.failed ?? 0) > j.backoffLimit + j.parallelism) violations.push(`${state.time}: failed ${job?.status?.failed} past backoffLimit ${j.backoffLimit} + parallelism`);
    });
    sim.run();
    expect(violations).toEqual([]);
    const job = getObject(sim.state, 'jobs', 'default/j')! as Job;
    // With nothing failing and no node lost, every Job finishes well within 8 minutes.
    if (exitCode === 0 && lostAt === undefined) expect(job.status?.conditions?.some((c) => c.type === 'Complete')).toBe(true);
  }), { numRuns: runs(40) });
});
