import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCliInProcess } from '../src/cli/inProcess.js';
import { checkpointChunks, checkpointsIn, checkpointState } from '../src/engine/checkpoint.js';

const dir = mkdtempSync(join(tmpdir(), 'kubesim-ckpt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const log = join(dir, 'run.jsonl'), plain = join(dir, 'plain.jsonl');
const put = (name: string, bytes: Buffer | string): string => { writeFileSync(join(dir, name), bytes);
  return join(dir, name); };

describe('run --checkpoint-every: a checkpoints file next to the log', () => {
  test('verify checks it, and replay/get --at from it print what the facts alone give', async () => {
    const run = await runCliInProcess(['run', 'examples/node-failure/scenario.yaml', '--log', log,
      '--checkpoint-every', '40', '-q']);
    expect(run.code).toBe(0);
    copyFileSync(log, plain); // the same log without checkpoints
    const v = await runCliInProcess(['verify', log]);
    expect(v.stdout).toMatch(/hash chain intact, log hash \w+; [1-9]\d* checkpoints equal the replay/);
    for (const at of ['2m', '6m', '9m']) {
      const a = await runCliInProcess(['replay', log, '--at', at, '-o', 'json']);
      const b = await runCliInProcess(['replay', plain, '--at', at, '-o', 'json']);
      expect([a.code, a.stdout]).toEqual([0, b.stdout]);
      const ga = await runCliInProcess(['get', 'pods', '-o', 'wide', '--log', log, '--at', at]);
      const gb = await runCliInProcess(['get', 'pods', '-o', 'wide', '--log', plain, '--at', at]);
      expect([ga.code, ga.stdout]).toEqual([0, gb.stdout]);
    }
  });

  test.each(['node-failure', 'scheduling', 'liveness-exec'])('describe --at starts from a checkpoint and prints what ' +
    'the facts alone give, Events included (%s)', async (example) => {
    const withCk = join(dir, `${example}.jsonl`), alone = join(dir, `${example}-plain.jsonl`);
    expect((await runCliInProcess(['run', `examples/${example}/scenario.yaml`, '--log', withCk, '--checkpoint-every',
      '40', '-q'])).code).toBe(0);
    copyFileSync(withCk, alone);
    const endMs = (JSON.parse(readFileSync(alone, 'utf8').trimEnd().split('\n').pop()!) as { at: number }).at;
    const names = async (kind: string, at: string) => (await runCliInProcess(['get', kind, '-o', 'name', '-A', '--log',
      alone, '--at', at])).stdout.trim().split('\n').filter(Boolean).map((n) => n.slice(n.indexOf('/') + 1));
    let described = 0;
    for (const at of [`${Math.floor(endMs / 3000)}s`, `${Math.floor(endMs / 1500)}s`, `${endMs / 1000}s`]) {
      for (const kind of ['pods', 'nodes', 'deployments', 'replicasets', 'jobs']) {
        for (const name of [...await names(kind, at), 'missing']) {
          const a = await runCliInProcess(['describe', kind, name, '--log', withCk, '--at', at]);
          const b = await runCliInProcess(['describe', kind, name, '--log', alone, '--at', at]);
          expect([a.code, a.stdout, a.stderr]).toEqual([b.code, b.stdout, b.stderr.replace(alone, withCk)]);
          if (/Events:\n/.test(a.stdout)) described++;
        }
      }
    }
    expect(described).toBeGreaterThan(5); // objects with Events, not only "not found"s
    const past = await runCliInProcess(['describe', 'nodes', 'x', '--log', withCk, '--at', '10h']);
    expect([past.code, past.stderr]).toEqual([2, expect.stringContaining('past the end of')]);
  });

  test('verify reads the log as a stream and refuses what replay refuses, as replay words it', async () => {
    const text = readFileSync(plain);
    const fifth = text.indexOf('\n', text.indexOf('"seq":5,')) - 10;
    const latin = put('latin.jsonl', Buffer.concat([text.subarray(0, fifth), Buffer.from([0xe9]),
      text.subarray(fifth + 1)]));
    const u16 = put('u16.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.toString(), 'utf16le')]));
    const cut = put('cut.jsonl', text.subarray(0, text.length - 30));
    for (const file of [latin, u16, cut, put('empty.jsonl', '')]) {
      const v = await runCliInProcess(['verify', file]), r = await runCliInProcess(['replay', file]);
      expect([v.code, v.stderr]).toEqual([2, r.stderr]);
    }
    expect((await runCliInProcess(['verify', latin])).stderr).toContain(`not UTF-8 at byte ${fifth} (0xe9)`);
  });

  test('verify names where a checkpoint\'s state differs from the replay, even with its chain intact', async () => {
    const bytes = readFileSync(`${log}.checkpoints`);
    const [first, second] = checkpointsIn(bytes);
    // A checkpoint for the second's place in the log holding the first's state: intact, but not the facts' state.
    const [head, state, end] = checkpointChunks(second.header, checkpointState(first), first.length);
    writeFileSync(`${log}.checkpoints`, Buffer.concat([bytes.subarray(0, first.length), Buffer.from(head),
      state, Buffer.from(end)]));
    const v = await runCliInProcess(['verify', log]);
    expect([v.code, v.stderr]).toEqual([2, expect.stringMatching(new RegExp(`the checkpoint at byte ${first.length} ` +
      `\\(seq ${second.header.seq}\\): its state differs from the replay of the facts before it \\(at state\\.`))]);
    writeFileSync(`${log}.checkpoints`, bytes);
  });

  test('an edited checkpoint fails verify and replay --at (exit 2, naming the file and line)', async () => {
    const bytes = readFileSync(`${log}.checkpoints`);
    const edited = Buffer.from(bytes);
    const last = edited.lastIndexOf('{"checkpoint":');
    edited[last + edited.subarray(last).indexOf(10) + 100] ^= 1; // a byte of the last checkpoint's state
    writeFileSync(`${log}.checkpoints`, edited);
    const v = await runCliInProcess(['verify', log]);
    expect([v.code, v.stderr]).toEqual([2, expect.stringMatching(
      /run\.jsonl\.checkpoints: the checkpoint at byte \d+: hash chain broken at its state/)]);
    const r = await runCliInProcess(['replay', log, '--at', '9m']);
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/the checkpoint at byte \d+: hash chain broken/)]);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    writeFileSync(`${log}.checkpoints`, bytes);
  });

  test('replay --at reads the checkpoint its end lines point at: a moved or cut one is an error, not a guess',
    async () => {
      const text = readFileSync(`${log}.checkpoints`, 'latin1');
      const ends = [...text.matchAll(/"start":(\d+)/g)];
      expect(ends.length).toBeGreaterThan(1);
      // Every end line names its header's byte offset, and each header the offset of the log line after it.
      for (const m of ends) expect(text.slice(Number(m[1])).startsWith('{"checkpoint":')).toBe(true);
      const logText = readFileSync(log, 'utf8');
      for (const m of text.matchAll(/^\{"checkpoint":(\d+),.*"logOffset":(\d+)/gm)) {
        expect(logText.slice(Number(m[2])).startsWith(`{"seq":${Number(m[1]) + 1},`)).toBe(true);
      }
      const last = ends[ends.length - 1];
      const moved = text.slice(0, last.index) + `"start":${Number(last[1]) + 1}`
        + text.slice(last.index! + last[0].length);
      writeFileSync(`${log}.checkpoints`, moved, 'latin1');
      const r = await runCliInProcess(['replay', log, '--at', '9m']);
      expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/run\.jsonl\.checkpoints: the checkpoint at byte/)]);
      writeFileSync(`${log}.checkpoints`, text.slice(0, text.length - 40), 'latin1');
      const cut = await runCliInProcess(['replay', log, '--at', '9m']);
      expect([cut.code, cut.stderr]).toEqual([2, expect.stringContaining('not a checkpoint\'s end line')]);
      writeFileSync(`${log}.checkpoints`, text, 'latin1');
    });

  test('a checkpoints file of the JSON-lines format (1) is refused by name, not misread', async () => {
    const bytes = readFileSync(`${log}.checkpoints`);
    writeFileSync(`${log}.checkpoints`, '{"checkpoint":5,"at":0,"log":"0123456789abcdef","logOffset":10,"hash":"x"}\n' +
      '{"path":["time"],"value":0,"hash":"y"}\n{"end":5,"parts":1,"at":0,"start":0,"hash":"z"}\n');
    for (const args of [['replay', log, '--at', '9m'], ['verify', log], ['get', 'pods', '--log', log, '--at', '9m']]) {
      const r = await runCliInProcess(args);
      expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(
        /run\.jsonl\.checkpoints: the checkpoint at byte 0: written by an older kubesim \(checkpoint format 1/)]);
    }
    writeFileSync(`${log}.checkpoints`, bytes);
  });

  test('a new run on the same log removes the old checkpoints; --checkpoint-every needs --log', async () => {
    expect((await runCliInProcess(['run', 'examples/nginx/scenario.yaml', '--log', log, '-q'])).code).toBe(0);
    expect(existsSync(`${log}.checkpoints`)).toBe(false);
    const r = await runCliInProcess(['run', 'examples/nginx/scenario.yaml', '--checkpoint-every', '5', '-q']);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('--checkpoint-every: needs --log')]);
  });
});
