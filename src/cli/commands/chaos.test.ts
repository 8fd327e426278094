import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { INVARIANT_CASES } from '../../../test-support/chaos.js';
import { buildDist, kubesim } from '../../../test-support/cli.js';

let dir: string;
beforeAll(() => {
  buildDist();
  dir = mkdtempSync(join(tmpdir(), 'kubesim-chaos-'));
  for (const c of INVARIANT_CASES) {
    writeFileSync(join(dir, `${c.invariant}-breaks.yaml`), c.breaks(true));
    writeFileSync(join(dir, `${c.invariant}-holds.yaml`), c.holds);
    writeFileSync(join(dir, `${c.invariant}-base.yaml`), c.breaks(false));
  }
}, 120_000);

/** `  <invariant> at <time>: <message>` lines of a fuzz report. */
const reported = (stdout: string) => [...stdout.matchAll(/^ {2}([a-z-]+) at (\S+): (.*)$/gm)].map((m) =>
  ({ invariant: m[1], at: m[2], message: m[3] }));

describe.each(INVARIANT_CASES)('kubesim check and kubesim fuzz: $invariant', (c) => {
  test('check: the hazard breaks the invariant (exit 1), its absence does not (exit 0)', () => {
    const bad = kubesim(['check', `${c.invariant}-breaks.yaml`], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`✗ invariants[0] invariant ${c.invariant}`);
    const good = kubesim(['check', `${c.invariant}-holds.yaml`], dir);
    expect(good.stdout).toMatch(/^PASS /);
    expect(good.code).toBe(0);
  }, 120_000);

  test('fuzz finds it without the timeline (exit 1), writes the counterexample, and its replay breaks the same ' +
    'invariant at the same instant', () => {
    const out = `out-${c.invariant}`;
    const r = kubesim(['fuzz', `${c.invariant}-base.yaml`, '--runs', '25', '--seed', '7', '--max-ops', '3',
      ...c.fuzzArgs, '--out', out], dir);
    expect(r.code).toBe(1);
    const found = reported(r.stdout).find((v) => v.invariant === c.invariant)!;
    expect(found).toBeDefined();
    expect(existsSync(join(dir, out, 'counterexample.yaml'))).toBe(true);
    const html = readFileSync(join(dir, out, 'report.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<section id="campaign">[\\s\\S]*${c.invariant} broken: `));
    expect(html).toContain('<canvas id="gantt">'); // the counterexample's run drawn below the campaign
    expect(r.stdout).toMatch(/\ncampaign: 25 cases run, \d+ broke an invariant; first broken: /);
    expect(r.stdout).toContain('\ncounterexample in plain words:\n');
    const summary = JSON.parse(readFileSync(join(dir, out, 'summary.json'), 'utf8'));
    expect(summary.counterexample.violations.map((v: { invariant: string }) => v.invariant)).toContain(c.invariant);
    expect(summary.counterexample.ops).toBeLessThanOrEqual(summary.counterexample.firstCaseOps);

    const replay = kubesim(['check', join(out, 'counterexample.yaml')], dir);
    expect(replay.code).toBe(1);
    expect(replay.stdout).toContain(`first at ${found.at}: ${found.message}`);
    const run = kubesim(['run', join(out, 'counterexample.yaml'), '--log', `${out}/replay.jsonl`, '-q'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, out, 'replay.jsonl'), 'utf8')).toBe(
      readFileSync(join(dir, out, 'counterexample.jsonl'), 'utf8'));
  }, 300_000);
});

describe('kubesim fuzz campaign report', () => {
  test('a scenario with nothing to aim at says so and passes', () => {
    writeFileSync(join(dir, 'empty.yaml'),
      'apiVersion: kubesim/v1\nkind: Scenario\nmetadata: {name: empty}\nuntil: 5m\nnodes:\n  - {name: solo, capacity: '
        +
        ('{cpu: "2", memory: 4Gi}}\nmanifests:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: c}, data: {a: ' +
          'b}}\n'));
    const r = kubesim(['fuzz', 'empty.yaml', '--runs', '10', '--seed', '1', '--faults', 'crash,nodeLost', '--ops',
      'scale'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^nothing to aim at: no fault or operation found a target in 10 cases \(/m);
    expect(r.stdout).toContain('crash: no running pod');
  });

  test('a fault kind that found no target is reported, and --output json gives the campaign as data', () => {
    const r = kubesim(['fuzz', 'availability-holds.yaml', '--runs', '8', '--seed', '2', '--faults',
      'probeFail,nodeLost', '--ops', 'none', '--output', 'json'], dir);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.casesRun).toBe(8);
    expect(c.noTarget).toContainEqual({ kind: 'probeFail', reason: 'no running pod with a liveness probe' });
    expect(c.coverage.faults.nodeLost.injected).toBeGreaterThan(0);
    expect(Object.keys(c.coverage.transitions)).toContain('NodeLost');
  });

  test('the counterexample scenario names its chaos entries plainly (kind, pick) so it replays byte for byte', () => {
    const doc = parse(readFileSync(join(dir, 'out-availability', 'counterexample.yaml'), 'utf8')) as {
      timeline: { chaos?: { kind: string; pick: number } }[] };
    expect(doc.timeline.every((e) => e.chaos && typeof e.chaos.pick === 'number')).toBe(true);
  });
});
