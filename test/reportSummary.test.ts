import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildDist, kubesim, ROOT } from '../test-support/cli.js';

let dir: string;
beforeAll(() => { buildDist(); dir = mkdtempSync(join(tmpdir(), 'kubesim-report-summary-')); }, 240_000);

const embedded = (html: string): { summary: Record<string, unknown>; failedExpectations?: { label: string }[] } =>
  JSON.parse(/<script id="kubesim-data" type="application\/json">(.*?)<\/script>/s.exec(html)![1]) as never;

test('check --report: the failed expect: entries are counted in the summary and listed as check prints them', () => {
  // examples/check/web.yaml passes; one more entry that cannot hold (web-0 runs) fails at 1m.
  const scenario = join(dir, 'web.yaml');
  writeFileSync(scenario, `${readFileSync(join(ROOT, 'examples/check/web.yaml'), 'utf8').trimEnd()}\n` +
    '  - {at: 1m, pod: web-0, phase: Failed}\n');
  const html = join(dir, 'failed.html');
  const r = kubesim(['check', scenario, '--report', html], ROOT);
  expect(r.code).toBe(1);
  const text = readFileSync(html, 'utf8');
  const data = embedded(text);
  expect(data.summary['failed expectations']).toBe(1);
  expect(data.failedExpectations!.map((f) => f.label)).toEqual(['expect[5]: {at: 1m, pod: web-0, phase: Failed}']);
  expect(text).toContain('<section id="failed-expectations"><h2>Failed expect: entries (1)</h2>');
  expect(text).toContain('<li><b>expect[5]: {at: 1m, pod: web-0, phase: Failed}</b> at 1m<br>expected: ' +
    'Pod/default/web-0 phase=Failed at 1m<br>seen: Pod/default/web-0 phase=Running</li>');

  const ok = join(dir, 'passed.html');
  expect(kubesim(['check', join(ROOT, 'examples/check/web.yaml'), '--report', ok], ROOT).code).toBe(0);
  expect(embedded(readFileSync(ok, 'utf8')).summary['failed expectations']).toBe(0);
  // A report of a log alone cannot judge them, and says so.
  const log = join(dir, 'run.jsonl'), plain = join(dir, 'plain.html');
  kubesim(['run', scenario, '-q', '--log', log], ROOT);
  kubesim(['report', log, '-o', plain], ROOT);
  expect(embedded(readFileSync(plain, 'utf8')).summary['failed expectations']).toBe('not judged (kubesim check ' +
    '--report)');
}, 240_000);
