import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// Runs the built CLI (npm test builds first), as a user would.
const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'main.js');
const FIX = join(import.meta.dirname, 'fixtures');
const kubesim = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('kubesim CLI', () => {
  test('--help lists the commands', () => {
    const r = kubesim('--help');
    expect(r.status).toBe(0);
    for (const c of ['run', 'replay', 'validate']) expect(r.stdout).toContain(c);
  });

  test('bad scenario input exits 2 with one line per problem naming file and path, no stack trace', () => {
    const r = kubesim('run', join(FIX, 'bad-scenario.yaml'));
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain(`error: ${join(FIX, 'bad-scenario.yaml')}: until: must be a duration such as 30s, 5m or 1h30m (units ms, s, m, h, d), got "10 minutes"`);
    expect(lines.some((l) => l.includes('colour: unknown field'))).toBe(true);
    expect(lines.some((l) => l.includes('timeline[0].nodeLost: unknown node "b"'))).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a YAML syntax error names the file and the line', () => {
    const r = kubesim('run', join(FIX, 'broken.yaml'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml: YAML line \d+: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('a missing manifest file is named', () => {
    const r = kubesim('run', join(FIX, 'missing-file.yaml'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('does-not-exist.yaml: no such file or folder');
  });

  test('a missing scenario file is named', () => {
    const r = kubesim('run', join(FIX, 'nope.yaml'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`error: ${join(FIX, 'nope.yaml')}: no such file or folder`);
  });

  test('run, then replay --at: the time travels, and an edited log is refused naming the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubesim-'));
    const log = join(dir, 'run.jsonl');
    const ex = join(import.meta.dirname, '..', 'examples', 'nginx', 'scenario.yaml');
    const run = kubesim('run', ex, '--log', log, '--output', 'json');
    expect(run.status).toBe(0);
    const live = JSON.parse(run.stdout);
    const replayed = kubesim('replay', log, '--output', 'json');
    expect(JSON.parse(replayed.stdout)).toEqual(live);
    const at = JSON.parse(kubesim('replay', log, '--at', '90s', '--output', 'json').stdout);
    expect(at.time).toBe(90_000);
    const lines = readFileSync(log, 'utf8').split('\n');
    lines[2] = lines[2].replace('"at":0', '"at":5');
    writeFileSync(log, lines.join('\n'));
    const bad = kubesim('replay', log);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^error: .*run\.jsonl: line 3: hash chain broken/);
  });
});
