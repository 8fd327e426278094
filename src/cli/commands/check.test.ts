import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDist, kubesim, ROOT } from '../../../test-support/cli.js';
import { replicaSetScenarioYaml } from '../../../test-support/fuzz.js';

const buggy = join(ROOT, 'dist/test-support/plugins/replicaSetOffByOne.js');
let dir: string;

beforeAll(() => {
  buildDist();
  dir = mkdtempSync(join(tmpdir(), 'kubesim-check-'));
  mkdirSync(join(dir, 'suite/nested'), { recursive: true });
  const exp =
    'expect:\n  - {at: 30s, pod: solo, phase: Running}\n  - {at: 5m, replicaset: web, readyReplicas: 3}\n  - {always: '
      +
      'no-overcommit}\n';
  writeFileSync(join(dir, 'suite/web.yaml'),
    `${replicaSetScenarioYaml({ until: '5m', timeline: '[{at: 1m, nodeLost: node-0}]' })}${exp}`);
  writeFileSync(join(dir, 'suite/nested/ok.yaml'),
    `${replicaSetScenarioYaml({ until: '5m' })}expect:\n  - {at: 1m, pod: solo, phase: Running}\n`);
  writeFileSync(join(dir, 'suite/manifest.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: not-a-scenario}\n');
  writeFileSync(join(dir, 'bad.yaml'),
    `${replicaSetScenarioYaml({})}expect:\n  - {at: 99m, pod: solo, phase: Running}\n`);
  writeFileSync(join(dir, 'mine.mjs'), [
    'export const invariants = [{',
    "  name: 'at-most-three-pods', description: 'a toy user invariant', when: 'batch',",
    "  check: (ctx) => ctx.state.pods.size > 3 ? [{ invariant: 'at-most-three-pods', message: `${ctx.state.pods.size} "
      +
      "pods`, objects: [], at: ctx.state.time }] : [],",
    '}];',
  ].join('\n'));
  writeFileSync(join(dir, 'user.yaml'),
    `${replicaSetScenarioYaml({ until: '5m' })}expect:\n  - {always: at-most-three-pods}\n`);
}, 120_000);

describe('kubesim check', () => {
  test('a failed expectation exits 1 with what was expected, what was seen and when', () => {
    const r = kubesim(['check', 'suite/web.yaml', '--plugin', buggy], dir);
    expect([r.code, r.stdout]).toEqual([1, [
      'FAIL suite/web.yaml (1 of 3 expectations failed)',
      '  ✗ expect[1] {at: 5m, replicaset: web, readyReplicas: 3}',
      '      expected: ReplicaSet/default/web readyReplicas=3 at 5m',
      '      seen:     ReplicaSet/default/web readyReplicas=1 (at 5m)',
      '',
    ].join('\n')]);
  });

  test('a folder runs every scenario in it (recursively) with a summary and JUnit XML', () => {
    const r = kubesim(['check', 'suite', '--plugin', buggy, '--junit', 'out.xml', '-q'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => /^(FAIL|PASS|\d+ scenarios)/.test(l))).toEqual(
      ['FAIL suite/web.yaml (1 of 3 expectations failed)', '2 scenarios: 1 passed, 1 failed, 0 with errors']);
    const xml = readFileSync(join(dir, 'out.xml'), 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<testsuites name="kubesim check" tests="4" failures="1" errors="0">\n')).toBe(true);
    expect(xml).toContain(
      '<testcase classname="suite/web.yaml" name="expect[1] {at: 5m, replicaset: web, readyReplicas: 3}"><failure ' +
        'message="expected ReplicaSet/default/web readyReplicas=3 at 5m; saw ReplicaSet/default/web readyReplicas=1">');
    expect(xml).toContain(
      '<testcase classname="suite/nested/ok.yaml" name="expect[0] {at: 1m, pod: solo, phase: Running}"/>');
  });

  test('every expectation holding exits 0', () => {
    const r = kubesim(['check', 'suite/nested/ok.yaml'], dir);
    expect([r.code, r.stdout]).toEqual([0, 'PASS suite/nested/ok.yaml (1 expectation)\n']);
  });

  test('a user invariant from --invariants ./mine.mjs is judged by always:', () => {
    const r = kubesim(['check', 'user.yaml', '--invariants', './mine.mjs'], dir);
    expect([r.code, r.stdout]).toEqual([1, [
      'FAIL user.yaml (1 of 1 expectations failed)',
      '  ✗ expect[0] {always: at-most-three-pods}',
      '      expected: invariant at-most-three-pods holds for the whole run',
      '      seen:     1 violation, first at 0s: 4 pods (at 0s)',
      '',
    ].join('\n')]);
  });

  test('a bad expectation is bad input: exit 2 naming the file and field', () => {
    const r = kubesim(['check', 'bad.yaml'], dir);
    expect([r.code, r.stdout]).toEqual(
      [2, 'ERROR bad.yaml\n  error: bad.yaml: expect[0].at: 1h39m is after the scenario ends (until: 12m)\n']);
  });
});
