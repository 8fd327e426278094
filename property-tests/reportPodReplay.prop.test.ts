import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { ClusterEvent } from '../src/events/index.js';
import { parseLog } from '../src/engine/log.js';
import { evolveAll, initialState, tkeys, tvalues, type ClusterState } from '../src/reducers/index.js';
import { changesPods, PodReplay } from '../src/output/report/podReplay.js';
import { runWithLog, scenarioFile, scenarioFrom } from '../test-support/scenario.js';
import { scenarioYamlArb } from './support/engineScenario.js';
import { runs } from './support/runs.js';

/**
 * Replays the facts instant by instant through evolveAll (every reducer) and through the report's
 * PodReplay (the pod facts only), and checks that after every instant both hold the same pods.
 */
function expectSamePods(facts: readonly ClusterEvent[]): number {
  let state: ClusterState = initialState();
  const pods = new PodReplay();
  let i = 0, instants = 0;
  while (i < facts.length) {
    let j = i;
    while (j < facts.length && facts[j].at === facts[i].at) j++;
    const batch = facts.slice(i, j);
    state = evolveAll(state, batch);
    for (const e of batch) if (changesPods(e.type)) pods.apply(e);
    pods.endBatch();
    expect(pods.pods().length).toBe(state.pods.size);
    for (const uid of tkeys(state.pods)) expect(pods.pod(uid)).toEqual(state.pods.peek(uid));
    i = j; instants++;
  }
  expect(pods.pods().map((p) => p.metadata.uid).sort()).toEqual(tvalues(state.pods).map((p) => p.metadata.uid)
    .sort());
  return instants;
}

test('the report\'s pod replay holds the pods every reducer gives, after every instant of random scenarios', () => {
  fc.assert(fc.property(scenarioYamlArb, (yaml) => {
    expectSamePods(parseLog(runWithLog(scenarioFrom(yaml)).log).events);
  }), { numRuns: runs(30) });
});

test('the report\'s pod replay holds the pods every reducer gives in the examples that change pods most', () => {
  // Restarts, OOM kills, probes, init containers and sidecars, evictions, preemptions and a lost node.
  for (const name of ['crash-loop', 'oom', 'liveness-exec', 'init-containers', 'sidecar-log-shipper',
    'node-failure', 'scheduling', 'lifecycle-hooks', 'job-parallel']) {
    expect(expectSamePods(parseLog(runWithLog(scenarioFile(`examples/${name}/scenario.yaml`)).log).events))
      .toBeGreaterThan(1);
  }
});
