import fc from 'fast-check';
import { expect, test } from 'vitest';
import { batchSimulation } from '../test-support/batch.js';
import { disruptionController } from '../src/controllers/disruption/disruption.js';
import { drainer } from '../src/controllers/drain/drain.js';
import { isPodReady } from '../src/reducers/podStatus.js';
import { tvalues } from '../src/reducers/table.js';
import { nodesYaml } from './arbitraries/batch.js';
import { runs } from './support/runs.js';
import { scenarioFrom } from '../test-support/scenario.js';

const podYaml = (name: string, node: number) => `{apiVersion: v1, kind: Pod, metadata: {name: ${name}, labels: {app: web}}, spec: {nodeName: node-${node}, containers: [{name: c, image: nginx}]}}`;

test('drain never takes the healthy pods of a PDB below minAvailable', () => {
  const placement = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 8 });
  const arrivals = fc.array(fc.record({ at: fc.integer({ min: 61, max: 200 }), node: fc.integer({ min: 1, max: 2 }) }), { maxLength: 4 });
  fc.assert(fc.property(placement, fc.integer({ min: 0, max: 8 }), arrivals, (nodesOf, minAvailable, later) => {
    const s = scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: prop-drain}
seed: 6
until: 5m
${nodesYaml(3)}
manifests:
  - {apiVersion: policy/v1, kind: PodDisruptionBudget, metadata: {name: web}, spec: {minAvailable: ${minAvailable}, selector: {matchLabels: {app: web}}}}
${nodesOf.map((n, i) => `  - ${podYaml(`web-${i}`, n)}`).join('\n')}
timeline:
  - {at: 1m, drain: node-0}
${later.map((a, i) => `  - {at: ${a.at}s, apply: ${podYaml(`late-${i}`, a.node)}}`).join('\n')}
`);
    const { sim } = batchSimulation(s, [disruptionController, drainer]);
    let evicted = 0;
    const violations: string[] = []; // rxjs reports subscriber exceptions asynchronously
    sim.batches$.subscribe(({ state, events }) => {
      const evictions = events.filter((e) => e.type === 'PodStatusPatched' && e.conditions?.some((c) => c.reason === 'EvictionByEvictionAPI')).length;
      if (evictions === 0) return;
      evicted += evictions;
      const healthy = tvalues(state.pods).filter((p) => p.metadata.deletionTimestamp === undefined && isPodReady(p)).length;
      if (healthy < minAvailable) violations.push(`${state.time}: ${healthy} healthy < minAvailable ${minAvailable}`);
    });
    sim.run();
    expect(violations).toEqual([]);
    const onNode0 = nodesOf.filter((n) => n === 0).length;
    // Everything on the node goes when the budget has room for all of it from the start.
    if (nodesOf.length - onNode0 >= minAvailable) expect(evicted).toBe(onNode0);
  }), { numRuns: runs(40) });
});
