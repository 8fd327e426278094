import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scenarioDoc } from './arbitraries/scenario.js';
import { runDoc, RUN_OPTIONS } from '../src/fuzz/runCase.js';
import { runScenario } from '../src/engine/run.js';
import { controller, NO_KEYS, type ControllerDef } from '../src/controllers/controller.js';
import { DEFAULT_COMPONENTS } from '../src/engine/components.js';
import { runWithLog, scenarioFile, scenarioFrom } from '../test-support/scenario.js';
import { runs } from './support/runs.js';

/*
 * Controllers declare the fact types their keysFor answers (ControllerDef.factTypes) and are asked
 * only those. With the option checkFactTypes every fact is asked, as before, and a key for a fact
 * outside the list fails the run: a run gives the same log both ways, and none fails.
 */
const CHECK = { ...RUN_OPTIONS, checkFactTypes: true };

const logOf = (doc: unknown, options: Readonly<Record<string, unknown>>): string => {
  const lines: string[] = [];
  runDoc(doc, 'generated.yaml', { invariants: [], options }, (l) => lines.push(l));
  return lines.join('');
};

describe('controllers asked only the fact types they declare', () => {
  test('random workloads, CronJobs, Jobs and node faults: the same log as asking every fact', () => {
    fc.assert(fc.property(scenarioDoc({ until: 600_000, faults: ['nodeLost', 'crash', 'oom', 'probeFail'] }), (doc) => {
      expect(logOf(doc, CHECK)).toBe(logOf(doc, RUN_OPTIONS));
    }), { numRuns: runs(25) });
  });

  test('every example: the same log hash as asking every fact', () => {
    for (const name of readdirSync('examples')) {
      let s;
      try { s = scenarioFile(`examples/${name}/scenario.yaml`); } catch { continue; }
      const a = runScenario(s, { hashLog: true, options: RUN_OPTIONS });
      const b = runScenario(s, { hashLog: true, options: CHECK });
      expect(b.logHash, name).toBe(a.logHash);
    }
  });

  test('a fact type left out of the list is caught by checkFactTypes', () => {
    // keysFor answers PodCreated, and the list leaves it out.
    const def: ControllerDef = { name: 'deletions', factTypes: ['ObjectApplied'],
      keysFor: (e) => (e.type === 'PodCreated' ? [e.pod] : NO_KEYS), sync: () => undefined };
    const s = scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: check}
until: 10s
nodes: [{name: node-a, capacity: {cpu: "4", memory: 8Gi}}]
manifests:
  - {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: c, image: busybox}]}}
`);
    const components = [...DEFAULT_COMPONENTS, controller(def)];
    expect(() => runWithLog(s, { components })).not.toThrow();
    expect(() => runWithLog(s, { components, options: CHECK })).toThrow(
      /deletions: keysFor gave default\/p for PodCreated/);
  });
});
