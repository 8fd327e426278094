import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fileSink } from './fileSink.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'kubesim-sink-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('the file holds every line in order, across buffer flushes, with multi-byte text and lines over a MiB', () => {
  const lines: string[] = [];
  for (let i = 0; i < 20_000; i++) lines.push(`{"seq":${i},"note":"${'é日🙂'.repeat(i % 40)}"}\n`);
  lines.splice(7_000, 0, `${'x'.repeat(3 << 20)}\n`, `${'ü'.repeat(400_000)}\n`);
  const file = join(dir, 'log.jsonl');
  const sink = fileSink(file);
  for (const l of lines) sink.write(l);
  sink.close();
  expect(readFileSync(file, 'utf8')).toBe(lines.join(''));
});

test('an unwritable path is a CLI error naming it', () => {
  expect(() => fileSink(join(dir, 'no', 'such', 'log.jsonl'))).toThrow(/--log: cannot write .*log\.jsonl/);
});
