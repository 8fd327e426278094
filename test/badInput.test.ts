import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { runCliInProcess, type CliResult } from '../src/cli/inProcess.js';
import { buildDist, CLI, ROOT } from '../test-support/cli.js';
import { forge } from '../test-support/frontDoor.js';

/**
 * The bad inputs of issue #16, each through the CLI entry (in process): its exit code and the
 * message a user sees. Never exit 3, never a stack trace.
 */
let dir: string;
const at = (...p: string[]) => join(dir, ...p);
const put = (name: string, text: string | Buffer) => { writeFileSync(at(name), text); return at(name); };
const cli = async (...args: string[]): Promise<CliResult> => {
  const r = await runCliInProcess(args);
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(r.code).not.toBe(3);
  return r;
};

const deployment = (replicas: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: app, image: nginx}]}
`;
const scenario = (extra: string, until = '10m') => `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: s}
until: ${until}
nodes: [{name: n1, capacity: {cpu: "4", memory: 8Gi}}]
${extra}
`;

beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'kubesim-bad-')); });
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

describe('API server limits', () => {
  test('replicas: 2147483648 is refused as the API server decodes int32 (validate 1, run 2)', async () => {
    const f = put('dep.yaml', deployment('2147483648'));
    const v = await cli('validate', f);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('Deployment/web: spec.replicas: Invalid value: 2147483648: cannot unmarshal number 2147483648 into a field of type int32');
    const s = put('s-dep.yaml', scenario('manifests: [{file: dep.yaml}]'));
    const r = await cli('run', s);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('spec.replicas: Invalid value: 2147483648');
  });

  test('a quantity of 1e400 is refused, not Infinity', async () => {
    const f = put('q.yaml', deployment('1').replace('image: nginx', 'image: nginx, resources: {requests: {memory: "1e400"}}'));
    const v = await cli('validate', f);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('requests[memory]: Invalid value: "1e400": too large: a quantity must fit int64');
  });

  test('annotations over 256 KiB: "Too long: may not be more than 262144 bytes"', async () => {
    const f = put('ann.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n    big: "${'a'.repeat(300 * 1024)}"\n`);
    const v = await cli('validate', f);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('ConfigMap/x: metadata.annotations: Too long: may not be more than 262144 bytes');
  });

  test('a 50 MB annotation is refused at once by the 16 MiB file limit (exit 2), unread', async () => {
    const f = put('ann50.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n    big: "${'a'.repeat(50 * 1024 * 1024)}"\n`);
    const t0 = process.hrtime.bigint();
    const v = await cli('validate', f);
    expect(Number(process.hrtime.bigint() - t0) / 1e9).toBeLessThan(5);
    expect(v.code).toBe(2);
    expect(v.stdout).toMatch(/ann50\.yaml: file is 50\.0 MiB \(\d+ bytes\), over kubesim's limit of 16 MiB per input file: refused without reading it/);
  });

  test('an object over 3 MiB as JSON: "Request entity too large: limit is 3145728"', async () => {
    const data = Array.from({ length: 40 }, (_, i) => `  k${i}: "${'x'.repeat(100 * 1024)}"`).join('\n');
    const v = await cli('validate', put('cm.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n${data}\n`));
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('ConfigMap/big: Request entity too large: limit is 3145728');
  });
});

describe('file and folder input', () => {
  test('an empty file and an empty folder: "no objects passed to apply" (exit 1)', async () => {
    const e = await cli('validate', put('empty.yaml', '# nothing\n'));
    expect([e.code, e.stdout]).toEqual([1, `${at('empty.yaml')}: no objects passed to apply (the file holds no YAML documents)\n`]);
    mkdirSync(at('void'));
    const d = await cli('validate', at('void'));
    expect(d.code).toBe(1);
    expect(d.stdout).toContain('no objects passed to apply (no .yaml, .yml or .json files in this folder)');
  });

  test('a folder holding two symlinks to itself is walked once (each real file once), and ends', async () => {
    mkdirSync(at('loop'));
    writeFileSync(at('loop', 'dep.yaml'), deployment('1'));
    symlinkSync('.', at('loop', 'a'));
    symlinkSync('.', at('loop', 'b'));
    const v = await cli('validate', at('loop'));
    expect([v.code, v.stdout]).toEqual([0, '1 file(s): 0 error(s), 0 warning(s), 0 object(s) of kinds kubesim does not simulate skipped: valid\n']);
  });

  test('check DIR with a symlink loop and a dangling link: exit 2 naming each', async () => {
    mkdirSync(at('links'));
    writeFileSync(at('links', 's.yaml'), scenario(''));
    symlinkSync('self', at('links', 'self'));
    symlinkSync('nowhere.yaml', at('links', 'gone.yaml'));
    const r = await cli('check', at('links'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${at('links', 'gone.yaml')}: dangling symbolic link: its target "nowhere.yaml" does not exist`);
    expect(r.stderr).toContain(`${at('links', 'self')}: symbolic link loop`);
    expect((await cli('validate', at('links'))).code).toBe(2);
  });

  test('a missing file is exit 2 for every command', async () => {
    const missing = at('no-such-file');
    for (const args of [['run', missing], ['validate', missing], ['check', missing], ['replay', missing], ['verify', missing],
      ['describe', 'pod', 'x', '--log', missing], ['explain', 'pod', 'x', '--log', missing], ['fuzz', missing, '--runs', '1']]) {
      const r = await cli(...args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stdout + r.stderr).toMatch(/no such file or folder|cannot read/);
    }
  });

  test('encodings are named: not UTF-8 at byte N, UTF-16 by its byte order mark or its NUL bytes', async () => {
    const latin = await cli('validate', put('latin.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a])));
    expect([latin.code, latin.stdout]).toEqual([2, `${at('latin.yaml')}: not UTF-8 at byte 3 (0xe9): kubesim reads UTF-8 only (is it Latin-1 or another code page?); save it as UTF-8\n`]);
    const bom = await cli('run', put('u16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(scenario(''), 'utf16le')])));
    expect([bom.code, bom.stderr]).toEqual([2, `error: ${at('u16.yaml')}: the file is UTF-16LE (byte order mark FF FE): kubesim reads UTF-8 only; save it as UTF-8\n`]);
    const bare = await cli('validate', put('u16b.yaml', Buffer.from(deployment('1'), 'utf16le')));
    expect(bare.stdout).toContain('looks like UTF-16LE without a byte order mark');
  });

  test('10,000-deep nesting is refused before parsing goes deep, not "Maximum call stack size exceeded"', async () => {
    const flow = await cli('validate', put('deep.yaml', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`));
    expect([flow.code, flow.stdout]).toEqual([1, `${at('deep.yaml')}: YAML line 1: nested more than 100 levels deep (kubesim's limit; real Kubernetes objects nest about 15): refused before reading further\n`]);
    const r = await cli('run', put('deep-s.yaml', scenario(`manifests:\n  - ${'- '.repeat(10_000)}x`)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nested more than 100 levels deep');
  });
});

describe('scenario limits', () => {
  test('behaviour match with a number, a boolean or non-map labels is an error, not a crash in run', async () => {
    const f = put('m.yaml', scenario('behaviors:\n  - {match: {container: 65536}}\n  - {match: {pod: 1}}\n  - {match: {image: true}}\n  - {match: {labels: 5}}'));
    for (const cmd of ['run', 'validate']) {
      const r = await cli(cmd, f);
      expect(r.code).toBe(cmd === 'run' ? 2 : 1);
      const out = r.stdout + r.stderr;
      expect(out).toContain('behaviors[0].match.container: Invalid value: 65536: expected a name glob (string; quote numbers and booleans in YAML)');
      expect(out).toContain('behaviors[1].match.pod: Invalid value: 1');
      expect(out).toContain('behaviors[2].match.image: Invalid value: true');
      expect(out).toContain('behaviors[3].match.labels: Invalid value: 5: must be a map of label to value');
    }
  });

  test('--seed and until beyond 2^53 are refused, not rounded', async () => {
    const f = put('ok.yaml', scenario(''));
    const seed = await cli('run', f, '--seed', '9007199254740993');
    expect([seed.code, seed.stderr]).toEqual([2, 'error: --seed: 9007199254740993 is beyond 2^53 - 1 (9007199254740991), the largest integer kubesim keeps exactly\n']);
    const inFile = await cli('run', put('seed.yaml', `${scenario('')}seed: 9007199254740993\n`));
    expect(inFile.code).toBe(2);
    expect(inFile.stderr).toContain('seed: Invalid value: 9007199254740992: beyond 2^53 - 1');
    const until = await cli('run', put('until.yaml', scenario('', '9007199254740993')));
    expect(until.code).toBe(2);
    expect(until.stderr).toContain("until: must be at most 87600h (kubesim's limit of 10 years of virtual time)");
    const flag = await cli('run', f, '--until', '99999999999999999999');
    expect(flag.code).toBe(2);
  });

  test('a timeline action after until is warned about', async () => {
    const r = await cli('run', '-q', put('late.yaml', scenario('timeline: [{at: 20m, cordon: n1}]')));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('timeline[0].at: 20m is after until (10m): this action never happens (unless run --until is later)');
  });
});

describe('runaway runs', () => {
  test('--max-events stops a run with exit 2 naming the cause; the log has no SimulationStopped', async () => {
    const f = put('many.yaml', scenario(`manifests: [{file: many-dep.yaml}]`));
    put('many-dep.yaml', deployment('300'));
    const r = await cli('run', '-q', f, '--max-events', '200', '--log', at('many.jsonl'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: run stopped by --max-events 200: [\d,]+ events by virtual time \S+ of 10m; the log \(if any\) ends there, without SimulationStopped\n$/);
    const replay = await cli('replay', at('many.jsonl'));
    expect(replay.code).toBe(2);
    expect(replay.stderr).toContain('the log ends without SimulationStopped');
  });

  test('--max-wall stops a run with exit 2 naming the cause', async () => {
    put('wall-dep.yaml', deployment('3000'));
    const r = await cli('run', '-q', put('wall.yaml', scenario('manifests: [{file: wall-dep.yaml}]')), '--max-wall', '1ms');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: run stopped by --max-wall 1ms: /);
  });
});

describe('a verified log', () => {
  let log: string, created: number, scheduled: number;
  beforeAll(async () => {
    put('nginx.yaml', scenario('manifests: [{apiVersion: v1, kind: Pod, metadata: {name: web}, spec: {containers: [{name: app, image: nginx}]}}]'));
    expect((await cli('run', '-q', at('nginx.yaml'), '--log', at('nginx.jsonl'))).code).toBe(0);
    log = readFileSync(at('nginx.jsonl'), 'utf8');
    const lines = log.split('\n');
    created = lines.findIndex((l) => l.includes('"type":"PodCreated"')) + 1;
    scheduled = lines.findIndex((l) => l.includes('"type":"PodScheduled"')) + 1;
    expect((await cli('verify', at('nginx.jsonl'))).stdout).toMatch(/nginx\.jsonl: ok: \d+ events, hash chain intact, log hash [0-9a-f]{16}\n/);
  });
  const refused = async (name: string, text: string, line: number, message: string) => {
    for (const cmd of ['replay', 'verify']) {
      const r = await cli(cmd, put(name, text));
      expect([r.code, r.stderr]).toEqual([2, `error: ${at(name)}: line ${line}: ${message}\n`]);
    }
  };
  test('PodCreated with object: null', () => refused('f1.jsonl', forge(log, created, (o) => ({ ...o, object: null })), created, 'PodCreated.object must be a Pod object with metadata.name and spec.containers, got null'));
  test('a PodScheduled with no fields', () => refused('f2.jsonl', forge(log, scheduled, (o) => ({ seq: o.seq, at: o.at, type: o.type })), scheduled, 'PodScheduled without its field pod'));
  test('a bind to a node that does not exist', () => refused('f3.jsonl', forge(log, scheduled, (o) => ({ ...o, node: 'ghost' })), scheduled, 'impossible history: pod default/web binds to node "ghost", which does not exist'));
  test('a pod created twice', () => refused('f4.jsonl', forge(log, created, (o) => [o, o]), created + 1, `impossible history: pod uid ${JSON.parse(log.split('\n')[created - 1]).uid} is created twice`));
  test('an unknown event type', () => refused('f5.jsonl', forge(log, created, (o) => ({ ...o, type: 'PodTeleported' })), created, 'unknown event type "PodTeleported"'));
  test('at: 1e308', () => refused('f6.jsonl', forge(log, created, (o) => ({ ...o, at: 1e308 })), created, "virtual time 1e+308 is after the run's until (600000)"));
  test('a bad header (seed beyond 2^53)', () => refused('f7.jsonl', forge(log, 1, (o) => ({ ...o, seed: 2 ** 60 })), 1, 'impossible history: header: seed must be a whole number up to 2^53 - 1, got 1152921504606847000'));

  test('a keyed chain (--log-key-file, HMAC-SHA-256) makes a re-hashed forgery detectable', async () => {
    const key = put('key', Buffer.from('0123456789abcdef0123456789abcdef'));
    expect((await cli('run', '-q', at('nginx.yaml'), '--log', at('keyed.jsonl'), '--log-key-file', key)).code).toBe(0);
    const ok = await cli('verify', at('keyed.jsonl'), '--log-key-file', key);
    expect(ok.stdout).toContain('keyed (HMAC-SHA-256) hash chain intact');
    const noKey = await cli('verify', at('keyed.jsonl'));
    expect([noKey.code, noKey.stderr]).toEqual([2, `error: ${at('keyed.jsonl')}: line 1: the log has a keyed hash chain (HMAC-SHA-256): give the key with --log-key-file to verify it\n`]);
    // A forger without the key re-hashes with plain SHA-256 (and drops the chain field): the key holder sees it.
    const forged = forge(readFileSync(at('keyed.jsonl'), 'utf8'), 1, ({ chain: _c, ...o }) => o);
    const r = await cli('verify', put('forged.jsonl', forged), '--log-key-file', key);
    expect([r.code, r.stderr]).toEqual([2, `error: ${at('forged.jsonl')}: line 1: a key was given but the log's hash chain is not keyed: it was written without --log-key-file (or re-hashed without the key)\n`]);
    const wrongKey = await cli('verify', at('keyed.jsonl'), '--log-key-file', put('key2', 'other'));
    expect(wrongKey.code).toBe(2);
    expect(wrongKey.stderr).toContain('line 1: keyed hash chain broken');
  });
});

describe('the built CLI in a pipe', () => {
  beforeAll(() => buildDist(), 180_000);
  test('`kubesim run | head -1` ends quietly: no EPIPE stack trace, exit 0', () => {
    // 1,800 timeline lines (about 180 KB): more than a pipe buffers, so the writes after head exits fail.
    const cmd = `set -o pipefail; "${process.execPath}" "${CLI}" run examples/cronjob-every-minute/scenario.yaml | head -1 >/dev/null; echo "rc=$?"`;
    const r = spawnSync('bash', ['-c', cmd], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('rc=0\n');
  });
});
