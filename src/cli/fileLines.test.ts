import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { FileBytes } from './fileLines.js';

const dir = mkdtempSync(join(tmpdir(), 'kubesim-filelines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Lines of every length around the read sizes (3 and 7 bytes here), with multi-byte characters.
const lines = ['', 'a', 'ab', 'abc', 'abcd', 'é', 'x'.repeat(20), 'ünï', '{"seq":1}', 'y'.repeat(7)];

test.each([true, false])('lines found backwards and streamed forwards, across read boundaries (final newline: %s)',
  (newline) => {
    const file = join(dir, `f-${newline}`);
    const text = lines.join('\n') + (newline ? '\n' : '');
    writeFileSync(file, text);
    const bytes = Buffer.from(text);
    const starts = [0];
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10 && i + 1 < bytes.length) starts.push(i + 1);
    if (!newline && bytes[bytes.length - 1] === 10) starts.push(bytes.length);
    for (const [back, forward] of [[3, 7], [1, 1], [64, 1024]]) {
      const f = new FileBytes(file, back, forward);
      try {
        expect(f.firstLine()).toBe(lines[0]);
        expect([...f.linesFrom(0)]).toEqual(lines);
        for (let i = 0; i < starts.length; i++) expect([...f.linesFrom(starts[i])]).toEqual(lines.slice(i));
        // The line ending just before each line's start, and the last line from the file's end.
        for (let i = 1; i < starts.length; i++) {
          expect(f.lineEndingAt(starts[i])).toEqual({ text: lines[i - 1], start: starts[i - 1] });
        }
        expect(f.lineEndingAt(f.size)).toEqual({ text: lines[lines.length - 1], start: starts[starts.length - 1] });
        expect(f.lineEndingAt(0)).toBeUndefined();
        // The lines' bytes with where each starts (a view valid until the next line is asked for).
        const got: [string, number][] = [];
        for (const [b, start] of f.lineBytesFrom(0)) got.push([b.toString(), start]);
        expect(got).toEqual(lines.map((l, i) => [l, starts[i]]));
      } finally { f.close(); }
    }
  });
