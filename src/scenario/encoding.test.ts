import { describe, expect, test } from 'vitest';
import { decodeInput, invalidUtf8At } from './encoding.js';
import { tooDeepLine } from './prescan.js';
import { nestingDepth } from '../api/limits.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decodeInput names the encoding', () => {
  test('UTF-8 passes, its byte order mark is dropped', () => {
    expect(decodeInput(Buffer.from('a: é\n'))).toEqual({ text: 'a: é\n' });
    expect(decodeInput(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ text: 'a' });
  });
  test('UTF-16 and UTF-32 by their byte order marks', () => {
    expect(decodeInput(bytes(0xfe, 0xff, 0, 0x61))).toEqual(
      { error: 'the file is UTF-16BE (byte order mark FE FF): kubesim reads UTF-8 only; save it as UTF-8' });
    expect(decodeInput(bytes(0xff, 0xfe, 0, 0, 0x61, 0, 0, 0))).toEqual(
      { error: 'the file is UTF-32LE (byte order mark FF FE 00 00): kubesim reads UTF-8 only; save it as UTF-8' });
  });
  test('UTF-16 without a byte order mark, by its NUL bytes', () => {
    expect(decodeInput(Buffer.from('kind: Pod\n', 'utf16le'))).toMatchObject(
      { error: expect.stringContaining('looks like UTF-16LE without a byte order mark') });
    expect(decodeInput(Buffer.from('kind: Pod\n', 'utf16le').swap16())).toMatchObject(
      { error: expect.stringContaining('looks like UTF-16BE') });
  });
  test('the first byte that is not UTF-8, counted from the start of the file', () => {
    expect(decodeInput(bytes(0x61, 0xc3, 0xa9, 0xff))).toMatchObject(
      { error: expect.stringMatching(/^not UTF-8 at byte 3 \(0xff\)/) });
    expect(decodeInput(bytes(0xef, 0xbb, 0xbf, 0x61, 0x80))).toMatchObject(
      { error: expect.stringMatching(/^not UTF-8 at byte 4 /) });
    expect(decodeInput(bytes(0x61, 0, 0x62, 0x63, 0x64))).toEqual(
      { error: 'NUL byte at byte 1: this is not a text file' });
  });
  test('overlong forms, surrogates, truncated sequences and code points past U+10FFFF are not UTF-8', () => {
    expect(invalidUtf8At(bytes(0xc0, 0xaf))).toBe(0);
    expect(invalidUtf8At(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1);
    expect(invalidUtf8At(bytes(0x61, 0x62, 0xe2, 0x82))).toBe(2);
    expect(invalidUtf8At(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(invalidUtf8At(Buffer.from('ok ✓ 𝄞'))).toBe(-1);
  });
});

describe('nesting is measured without recursion', () => {
  test('tooDeepLine finds flow, block and compact nesting past the limit, and leaves real manifests alone', () => {
    expect(tooDeepLine(`a: ${'['.repeat(101)}${']'.repeat(101)}`)).toBe(1);
    expect(tooDeepLine(`a: ${'['.repeat(99)}${']'.repeat(99)}`)).toBe(0);
    expect(tooDeepLine(Array.from({ length: 150 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'))).toBe(101);
    expect(tooDeepLine(`x:\n  - ${'- '.repeat(200)}x`)).toBe(2);
    // Brackets inside quotes, comments, plain scalars and block scalars are not nesting.
    const text =
      `a: "${'['.repeat(200)}"\nb: echo ${'['.repeat(200)}\n# ${'{'.repeat(200)}\nc: |\n  ${'['.repeat(200)}\n`;
    expect(tooDeepLine(text)).toBe(0);
  });
  test('nestingDepth of values, stopping once past the limit', () => {
    expect(nestingDepth({ a: [{ b: 1 }] })).toBe(3);
    expect(nestingDepth('x')).toBe(0);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nestingDepth(deep, 100)).toBe(101);
  });
});
