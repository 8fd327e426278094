import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildDist, kubesim, ROOT } from '../test-support/cli.js';

let log: string;
beforeAll(() => {
  buildDist();
  log = join(mkdtempSync(join(tmpdir(), 'kubesim-views-')), 'run.jsonl');
  expect(kubesim(['run', 'examples/node-failure/scenario.yaml', '-q', '--log', log], ROOT).code).toBe(0);
}, 240_000);

// node-failure: node-1 is lost; the node lifecycle controller marks its pods not ready and the
// taint eviction controller deletes them after the 300 s toleration.
test('describe pod lists the controllers\' events about an evicted pod: NodeNotReady and TaintManagerEviction', () => {
  const r = kubesim(['describe', 'pod', 'cache', '--log', log, '--at', '8m'], ROOT);
  const events = r.stdout.slice(r.stdout.indexOf('Events:')).split('\n');
  expect(events.some((l) => /^ {2}Warning +NodeNotReady +\S+ +node-controller +Node is not ready$/.test(l))).toBe(true);
  expect(events.some((l) =>
    /^ {2}Normal +TaintManagerEviction +\S+ +taint-eviction-controller +Marking for deletion Pod default\/cache$/.test(
      l))).toBe(true);
});

test('describe node at an instant: Unknown conditions after the loss, its pods\' share, NodeNotReady', () => {
  const r = kubesim(['describe', 'node', 'node-1', '--log', log, '--at', '8m'], ROOT);
  expect(r.code).toBe(0);
  const lines = r.stdout.split('\n');
  expect(lines[0]).toBe('Name:               node-1');
  expect(lines).toContain('  Ready            Unknown   Thu, 01 Jan 2026 00:00:00 +0000   Thu, 01 Jan 2026 00:02:55 ' +
    '+0000   NodeStatusUnknown   Kubelet stopped posting node status.');
  expect(lines).toContain('Non-terminated Pods:          (3 in total)');
  expect(lines).toContain('  cpu                200m (5%)  0 (0%)');
  expect(lines.at(-2)).toBe(
    '  Warning  NodeNotReady    5m5s  node-controller  Node node-1 status is now: NodeNotReady');
});

test('describe deployment, and kubectl\'s NotFound and an unsupported kind', () => {
  const r = kubesim(['describe', 'deploy', 'web', '--log', log, '--at', '8m'], ROOT);
  expect(r.stdout).toMatch(/^Name: {19}web\nNamespace: {14}default\n/);
  expect(r.stdout).toContain('OldReplicaSets:  <none>\nNewReplicaSet:   web-7c444c74c4 (6/6 replicas created)\n');
  const missing = kubesim(['describe', 'deployment', 'nope', '--log', log], ROOT);
  expect([missing.code, missing.stderr]).toEqual(
    [1, 'Error from server (NotFound): deployments.apps "nope" not found\n']);
  // A kind kubesim has no describer for is refused (exit 2); configmaps are described (NotFound here).
  expect(kubesim(['describe', 'secret', 'x', '--log', log], ROOT).code).toBe(2);
  expect(kubesim(['describe', 'configmap', 'x', '--log', log], ROOT).stderr).toBe(
    'Error from server (NotFound): configmaps "x" not found\n');
  const late = kubesim(['describe', 'node', 'node-1', '--log', log, '--at', '5h'], ROOT);
  expect(late.code).toBe(2);
  expect(late.stderr).toMatch(/--at 5h: past the end of .*run\.jsonl/);
});

test('get refuses an instant past the end of the log', () => {
  const r = kubesim(['get', 'pods', '--log', log, '--at', '2h'], ROOT);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/past the end of .*run\.jsonl/);
});

test('run streams events under a header; the injected fault is marked kubesim, not as a Kubernetes event', () => {
  const out = kubesim(['run', 'examples/node-failure/scenario.yaml'], ROOT).stdout.split('\n');
  expect(out[0]).toMatch(/^TIME +TYPE +REASON +OBJECT +MESSAGE$/);
  const lost = out.find((l) => /\bNodeLost\b/.test(l))!;
  expect(lost.split(/\s+/)[1]).toBe('kubesim');
  // Fixed columns: TYPE at 9, REASON at 19, OBJECT at 44 on every line, whatever the reason's length.
  const lines = out.slice(1, out.indexOf(''));
  expect(lines.length).toBeGreaterThan(50);
  for (const l of lines) expect([l[8], l[18], l[43], /\S/.test(l[9]), /\S/.test(l[19]), /\S/.test(l[44])]).toEqual(
    [' ', ' ', ' ', true, true, true]);
});
