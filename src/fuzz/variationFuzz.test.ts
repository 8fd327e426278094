import { describe, expect, test } from 'vitest';
import { memoryFs } from '../../test-support/scenario.js';
import { parseInvariantSpecs } from '../invariants/operational/index.js';
import { loadFuzzBase } from './base.js';
import { fuzz } from './fuzz.js';

/*
 * Behaviour variation finds hazards no fault injects: with no fault and no operation in the mix,
 * only the drawn exit codes and memory curves can break the invariants, and without `vary:` the
 * same campaign passes.
 */
const scenario = (workload: string, invariant: string, vary: string) => `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: vary}
until: 15m
nodes:
  - {namePrefix: node-, count: 2, capacity: {cpu: "4", memory: 8Gi}}
manifests:
${workload}
invariants:
  - ${invariant}
${vary}`;

const job = `  - apiVersion: batch/v1
    kind: Job
    metadata: {name: report}
    spec:
      backoffLimit: 0
      template:
        metadata: {labels: {app: report}}
        spec:
          restartPolicy: Never
          containers: [{name: app, image: "report:1"}]`;
const cache = `  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: cache}
    spec:
      replicas: 1
      selector: {matchLabels: {app: cache}}
      template:
        metadata: {labels: {app: cache}}
        spec:
          containers: [{name: app, image: "cache:1", resources: {limits: {memory: 512Mi}}}]`;

async function campaign(yaml: string) {
  const { base, scenario: s } = loadFuzzBase('/s.yaml', memoryFs({ '/s.yaml': yaml }));
  const { specs } = parseInvariantSpecs(s.invariants, '/s.yaml', []);
  return fuzz(base, { runs: 20, seed: 3, kinds: [], setup: { invariants: [], plugins: [], only: true, specs } });
}

describe('fuzz varies behaviours within the vary: bounds', () => {
  test('exit codes: a Job with backoffLimit 0 fails when its container may exit 1', async () => {
    const r = await campaign(scenario(job, '{name: job-completes}', 'vary: {exitCodes: [0, 1]}\n'));
    expect(r.failures.length).toBeGreaterThan(0);
    const ce = r.counterexample!;
    expect(ce.violations.map((v) => v.invariant)).toEqual(['job-completes']);
    // What it comes down to: the catch-all rule with exit code 1, nothing else drawn.
    expect(ce.doc.behaviors).toEqual([{ match: {}, exitCode: 1 }]);
    const plain = await campaign(scenario(job, '{name: job-completes}', ''));
    expect(plain.failures).toEqual([]);
  }, 120_000);

  test('memory curves near the limit: above 100% the container is OOM-killed until it crash-loops', async () => {
    const r = await campaign(scenario(cache, '{name: no-crashloop, restarts: 3, window: 10m}',
      'vary: {memory: 90%..120%, memoryRamp: 10s..1m}\n'));
    const ce = r.counterexample!;
    expect(ce.violations.map((v) => v.invariant)).toEqual(['no-crashloop']);
    const [rule] = ce.doc.behaviors as { match: object; memory: { steps: { memory: string }[] } }[];
    expect(rule.match).toEqual({});
    expect(Number(rule.memory.steps[1].memory.replace('%', ''))).toBeGreaterThan(100);
    // Cases that drew a peak under the limit pass: nothing is killed below it.
    expect(r.failures.length).toBeLessThan(20);
  }, 120_000);
});
