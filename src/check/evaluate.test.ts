import { describe, expect, test } from 'vitest';
import { replicaSetScenarioYaml } from '../../test-support/fuzz.js';
import { components as PLANTED_BUG } from '../../test-support/plugins/replicaSetOffByOne.js';
import type { ComponentFactory } from '../engine/simulation.js';
import { InvariantRegistry } from '../invariants/registry.js';
import type { Invariant } from '../invariants/types.js';
import { checkScenario } from './evaluate.js';
import { scenarioFrom } from '../../test-support/scenario.js';

const withExpect = (timeline: string, exp: string) => scenarioFrom(
  `${replicaSetScenarioYaml({ timeline })}expect:\n${exp}`, {}, 's.yaml');
const setup = (plantedBug: readonly ComponentFactory[] = [], extra: Invariant[] = []) => {
  const registry = new InvariantRegistry();
  for (const i of extra) registry.register(i);
  return { registry, options: { explainScheduling: false }, components: plantedBug };
};

describe('checkScenario', () => {
  test('judges object, pods and always expectations and says what it saw and when', () => {
    const s = withExpect('[{at: 1m, nodeLost: node-0}]', [
      '  - {at: 30s, replicaset: web, readyReplicas: 3}',
      '  - {at: 30s, pod: solo, phase: Running}',
      '  - {within: 1m, after: nodeLost, pods: {selector: app=web, phase: Running, count: 3}}',
      '  - {at: 5m, replicaset: web, spec.replicas: 3, availableReplicas: 3}',
      '  - {always: replicas-converge}',
    ].join('\n'));
    expect(checkScenario(s, setup(PLANTED_BUG)).results).toEqual([
      { index: 0, text: '{at: 30s, replicaset: web, readyReplicas: 3}', ok: false,
        expected: 'ReplicaSet/default/web readyReplicas=3 at 30s', seen: 'ReplicaSet/default/web readyReplicas=2',
          at: 30000 },
      { index: 1, text: '{at: 30s, pod: solo, phase: Running}', ok: true,
        expected: 'Pod/default/solo phase=Running at 30s', seen: 'Pod/default/solo phase=Running', at: 30000 },
      { index: 2, text: '{within: 1m, after: nodeLost, pods: {selector: app=web, phase: Running, count: 3}}', ok: false,
        expected: '3 pods with app=web in phase Running within 1m after nodeLost (1m)',
          seen: '2 matching pods (2 selected: Running=2)', at: 120000 },
      { index: 3, text: '{at: 5m, replicaset: web, spec.replicas: 3, availableReplicas: 3}', ok: false,
        expected: 'ReplicaSet/default/web spec.replicas=3, availableReplicas=3 at 5m',
          seen: 'ReplicaSet/default/web spec.replicas=3, availableReplicas=1', at: 300000 },
      {
        index: 4, text: '{always: replicas-converge}', ok: false,
          expected: 'invariant replicas-converge holds for the whole run',
        seen: '1 violation, first at 12m: ReplicaSet/default/web has 2 ready pods, want spec.replicas=3 (undisturbed ' +
          'since 6m55s)', at: 720000,
        violations: [
          { invariant: 'replicas-converge',
            message: 'ReplicaSet/default/web has 2 ready pods, want spec.replicas=3 (undisturbed since 6m55s)',
              objects: ['ReplicaSet/default/web'], at: 720000 }],
      },
    ]);
  });

  test('without the bug every expectation holds; within passes at the first instant it holds', () => {
    const s =
      withExpect('[{at: 1m, nodeLost: node-0}]',
        '  - {within: 1m, after: nodeLost, pods: {selector: app=web, phase: Running, count: 3}}\n  - {always: ' +
          'replicas-converge}');
    expect(checkScenario(s, setup()).results.map((r) => [r.ok, r.seen, r.at])).toEqual(
      [[true, '3 matching pods (3 selected: Running=3)', 60000], [true, 'no violation', 720000]]);
  });

  test('an unknown invariant in always is bad input naming the field', () => {
    expect(() => checkScenario(withExpect('[]', '  - {always: nope}'), setup())).toThrow(
      /^s\.yaml: expect\[0\]\.always: unknown invariant "nope" \(known: replicas-converge, /);
  });
});
