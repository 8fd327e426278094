import fc from 'fast-check';
import { expect, test } from 'vitest';
import { batchSimulation } from '../test-support/batch.js';
import { jobController } from '../src/controllers/job/job.js';
import { nodeLifecycleController, nodeUnknownAt } from '../src/controllers/nodelifecycle/nodeLifecycle.js';
import { taintEvictionController } from '../src/controllers/tainteviction/taintEviction.js';
import { tget, tvalues } from '../src/reducers/table.js';
import { nodesYaml } from './arbitraries/batch.js';
import { runs } from './support/runs.js';
import { scenarioFrom } from '../test-support/scenario.js';

test('after a node failure, its pods are replaced elsewhere exactly when the eviction timeout ends', () => {
  fc.assert(fc.property(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 300 }), (nodes, parallelism, lostAtS) => {
    const lostAt = lostAtS * 1000;
    const s = scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: prop-nodes}
seed: 4
until: 15m
${nodesYaml(nodes)}
manifests:
  - apiVersion: batch/v1
    kind: Job
    metadata: {name: w}
    spec:
      parallelism: ${parallelism}
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
behaviors:
  - {match: {pod: "w-*"}, exitAfter: 1h}
timeline:
  - {at: ${lostAtS}s, nodeLost: node-0}
`);
    const { sim, events } = batchSimulation(s, [jobController, nodeLifecycleController, taintEvictionController]);
    sim.runUntil(lostAt);
    const onLost = tvalues(sim.state.pods).filter((p) => p.spec.nodeName === 'node-0').length;
    const { unknownAt } = nodeUnknownAt(0, lostAt);
    sim.run();
    const evictions = events.filter((e) => e.type === 'PodTerminating' && e.reason === 'DeletionByTaintManager').map((e) => e.at);
    expect(evictions).toEqual(Array(onLost).fill(unknownAt + 300_000));
    const active = tvalues(sim.state.pods).filter((p) => p.metadata.deletionTimestamp === undefined && p.status.phase === 'Running');
    expect(active).toHaveLength(parallelism);
    for (const p of active) expect(tget(sim.state.nodes, p.spec.nodeName!)?.lost).toBe(false);
  }), { numRuns: runs(30) });
});
