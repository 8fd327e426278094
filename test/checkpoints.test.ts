import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCliInProcess } from '../src/cli/inProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'kubesim-ckpt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const log = join(dir, 'run.jsonl'), plain = join(dir, 'plain.jsonl');

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
