import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildDist, kubesim, ROOT } from '../../../test-support/cli.js';
import { replicaSetScenarioYaml } from '../../../test-support/fuzz.js';
import { caseSize } from '../../fuzz/materialize.js';

const buggy = join(ROOT, 'dist/test-support/plugins/replicaSetOffByOne.js');
const fixed = join(ROOT, 'dist/test-support/plugins/replicaSetFixed.js');
let dir: string;

beforeAll(() => {
  buildDist();
  dir = mkdtempSync(join(tmpdir(), 'kubesim-fuzz-'));
  writeFileSync(join(dir, 's.yaml'), replicaSetScenarioYaml({ until: '5m' }));
}, 120_000);

describe('kubesim fuzz', () => {
  test('finds the planted bug, shrinks it to one object on one node without faults, and the counterexample replays ' +
    'byte-identically on kubesim run', () => {
    const r = kubesim(['fuzz', 's.yaml', '--runs', '30', '--seed', '3', '--plugin', buggy, '--invariants',
      'replicas-converge', '--out', 'out'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(
      '^violation found; shrunk in \\d+ steps to 1 object, 0 timeline entries, 1 node:\n' +
      '  replicas-converge at 5m: ReplicaSet/default/web has 2 ready pods, want spec\\.replicas=3'));
    expect(r.stdout).toMatch(/\nreproduce: kubesim fuzz s\.yaml --seed 3 --path [\d:]+ --plugin /);
    expect(r.stderr).toMatch(/^fuzz: 30 runs in [\d.]+s, \d+ with violations, seed 3\n$/);
    const doc = parse(readFileSync(join(dir, 'out/counterexample.yaml'), 'utf8')) as Record<string, unknown>;
    expect(caseSize(doc)).toEqual({ objects: 1, faults: 0, nodes: 1 });
    expect((doc.manifests as { kind: string }[]).map((m) => m.kind)).toEqual(['ReplicaSet']);

    const run = kubesim(['run', 'out/counterexample.yaml', '--log', 'replay.jsonl', '--plugin', buggy, '-q'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'replay.jsonl'), 'utf8')).toBe(
      readFileSync(join(dir, 'out/counterexample.jsonl'), 'utf8'));

    const path = /--path ([\d:]+)/.exec(r.stdout)![1];
    const again = kubesim(['fuzz', 's.yaml', '--runs', '30', '--seed', '3', '--path', path, '--plugin', buggy,
      '--invariants', 'replicas-converge', '--out', 'again'], dir);
    expect(again.code).toBe(1);
    expect(readFileSync(join(dir, 'again/counterexample.yaml'), 'utf8')).toBe(
      readFileSync(join(dir, 'out/counterexample.yaml'), 'utf8'));
  });

  test('two workers and two shards give the same failures as one worker', () => {
    const args = ['fuzz', 's.yaml', '--runs', '24', '--seed', '11', '--plugin', buggy, '--invariants',
      'replicas-converge', '--no-shrink'];
    expect(kubesim([...args, '--out', 'w1'], dir).code).toBe(1);
    expect(kubesim([...args, '--out', 'w2', '--workers', '2'], dir).code).toBe(1);
    const s1 = JSON.parse(readFileSync(join(dir, 'w1/summary.json'), 'utf8'));
    expect(readFileSync(join(dir, 'w2/summary.json'), 'utf8')).toBe(readFileSync(join(dir, 'w1/summary.json'), 'utf8'));
    expect(s1.failures.length).toBeGreaterThan(0);
    const shards = [0, 1].map((i) => { expect(kubesim([...args, '--out', 'sh', '--shard', `${i}/2`], dir).code).toBe(
      1); return JSON.parse(readFileSync(join(dir, `sh/summary-${i}-of-2.json`), 'utf8')); });
    expect(shards.map((s) => s.executed)).toEqual([12, 12]);
    const merged = shards.flatMap((s) => s.failures).sort((a, b) => a.index - b.index);
    expect(merged).toEqual(s1.failures);
  });

  test('the same search without the bug holds: exit 0, and nothing is written without --out', () => {
    const r = kubesim(['fuzz', 's.yaml', '--runs', '30', '--seed', '3', '--plugin', fixed, '--invariants',
      'replicas-converge'], dir);
    expect([r.code, r.stderr.replace(/in [\d.]+s/, 'in Ns')]).toEqual(
      [0, 'fuzz: 30 runs in Ns, 0 with violations, seed 3\n']);
    expect(r.stdout).toMatch(/^campaign: 30 cases run, 0 broke an invariant\n/);
    expect(existsSync(join(dir, 'kubesim-fuzz'))).toBe(false);
  });

  test('--vary draws behaviours within its range: exit codes break a Job that the plain campaign passes', () => {
    writeFileSync(join(dir, 'job.yaml'), `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: job}
until: 10m
nodes: [{namePrefix: node-, count: 2, capacity: {cpu: "4", memory: 8Gi}}]
manifests:
  - {apiVersion: batch/v1, kind: Job, metadata: {name: report}, spec: {backoffLimit: 0, template: {spec: {
      restartPolicy: Never, containers: [{name: app, image: "report:1"}]}}}}
invariants: [{name: job-completes}]
`);
    const args = ['fuzz', 'job.yaml', '--runs', '10', '--seed', '2', '--faults', 'none', '--ops', 'none'];
    expect(kubesim(args, dir).code).toBe(0);
    const r = kubesim([...args, '--vary', 'exitCodes=0,1', '--out', 'out-vary'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\n {2}job-completes at \S+: Job\/default\/report /);
    expect(r.stdout).toMatch(/\nreproduce: kubesim fuzz job\.yaml --seed 2 --path [\d:]+ --vary 'exitCodes=0,1' /);
    expect(parse(readFileSync(join(dir, 'out-vary', 'counterexample.yaml'), 'utf8')).behaviors).toEqual(
      [{ match: {}, exitCode: 1 }]);
  });

  test.each([
    { name: 'an unknown fault', args: ['--faults', 'meteor'],
      err: 'error: --faults: unknown kind meteor (known: crash, oom, probeFail, slowStart, imagePullFail, nodeLost, ' +
        'nodeNotReady, zoneLost, all, none)\n' },
    { name: 'an unknown invariant', args: ['--invariants', 'nope'],
      err: expect.stringMatching(/^error: unknown invariant nope \(known: replicas-converge, /) },
    { name: 'a bad shard', args: ['--shard', '2/2'], err: 'error: --shard: must be i/n with 0 <= i < n, got 2/2\n' },
    { name: 'a bad --vary range', args: ['--vary', 'runDuration=10m..30s'],
      err: 'error: --vary runDuration: the range\'s start must not be above its end, got "10m..30s"\n' },
  ])('bad input exits 2: $name', ({ args, err }) => {
    const r = kubesim(['fuzz', 's.yaml', '--runs', '1', ...args], dir);
    expect([r.code, r.stderr]).toEqual([2, err]);
  });
});
