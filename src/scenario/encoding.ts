/**
 * Names the encoding of an input file before anything parses it. kubectl reads manifests as
 * UTF-8 (sigs.k8s.io/yaml over go-yaml, which refuses invalid UTF-8 instead of guessing), so a
 * file in another encoding is bad input with a message that says which encoding it looks like,
 * never text silently turned into U+FFFD.
 */
import { isUtf8 } from 'node:buffer';

export type Decoded = { readonly text: string } | { readonly error: string };

const BOMS: readonly { bytes: readonly number[]; name: string }[] = [
  // UTF-32 first: its little-endian mark starts with UTF-16's.
  { bytes: [0xff, 0xfe, 0x00, 0x00], name: 'UTF-32LE' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], name: 'UTF-32BE' },
  { bytes: [0xff, 0xfe], name: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], name: 'UTF-16BE' },
];

const startsWith = (b: Uint8Array, prefix: readonly number[]): boolean => prefix.every((x, i) => b[i] === x);

/** A UTF-16 file without a byte order mark: ASCII text has a NUL in every other byte. */
function utf16WithoutBom(b: Uint8Array): string | undefined {
  const n = Math.min(b.length, 512) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) { if (b[i] === 0) evenNul++; if (b[i + 1] === 0) oddNul++; }
  const half = n / 2;
  if (oddNul > half * 0.6 && evenNul === 0) return 'UTF-16LE';
  if (evenNul > half * 0.6 && oddNul === 0) return 'UTF-16BE';
  return undefined;
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629). */
export function invalidUtf8At(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need: number, min: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

const SAVE_AS = 'save it as UTF-8';
const utf8 = new TextDecoder('utf-8');

/** UTF-8 text (a UTF-8 byte order mark is dropped) or an error naming the encoding found. */
const hexBytes = (bytes: readonly number[]): string =>
  bytes.map((x) => x.toString(16).padStart(2, '0').toUpperCase()).join(' ');

/**
 * `start`: where `b` begins in its file, when a file is read a line at a time (a day's log): byte
 * order marks and UTF-16 are looked for at the file's start only, and errors count bytes from it.
 */
export function decodeInput(b: Uint8Array, start = 0): Decoded {
  if (start === 0) for (const bom of BOMS) if (startsWith(b, bom.bytes)) return {
    error: `the file is ${bom.name} ` +
      `(byte order mark ${hexBytes(bom.bytes.slice(0, bom.name.startsWith('UTF-32') ? 4 : 2))}): ` +
      `kubesim reads UTF-8 only; ${SAVE_AS}` };
  const utf16 = start === 0 ? utf16WithoutBom(b) : undefined;
  if (utf16) return {
    error: `the file looks like ${utf16} without a byte order mark (a NUL in every other byte): kubesim reads UTF-8 ` +
      `only; ${SAVE_AS}` };
  const body = start === 0 && startsWith(b, [0xef, 0xbb, 0xbf]) ? b.subarray(3) : b;
  const bad = isUtf8(body) ? -1 : invalidUtf8At(body);
  const offset = start + (body === b ? 0 : 3);
  if (bad >= 0) return {
    error: `not UTF-8 at byte ${bad + offset} (0x${body[bad].toString(16).padStart(2, '0')}): kubesim reads UTF-8 ` +
      `only (is it Latin-1 or another code page?); ${SAVE_AS}` };
  const nul = body.indexOf(0);
  if (nul >= 0) return { error: `NUL byte at byte ${nul + offset}: this is not a text file` };
  return { text: utf8.decode(body) };
}
