import { expect, test } from 'vitest';
import * as kubesim from '../src/index.js';
import { memoryFs } from '../test-support/scenario.js';

test('the library runs a scenario and replays its log to the same state', () => {
  const fs = memoryFs({ '/s.yaml': `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: lib}
until: 1m
nodes: [{name: node-a, capacity: {cpu: "2", memory: 4Gi}}]
manifests: [{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: c, image: "busybox:1.36"}]}}]
` });
  const { scenario } = kubesim.loadScenario('/s.yaml', fs);
  const lines: string[] = [];
  const r = kubesim.runScenario(scenario, { writeLog: (l) => lines.push(l) });
  const log = kubesim.parseLog(lines.join(''));
  expect(kubesim.toApi(kubesim.replay(log.events))).toEqual(kubesim.toApi(r.state));
  expect(kubesim.toApi(r.state).pods).toHaveLength(1);
  expect(typeof kubesim.scheduler.Scheduler).toBe('function');
  expect(typeof kubesim.invariants.InvariantChecker).toBe('function');
});
