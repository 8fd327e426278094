import prand from 'pure-rand';
import { fnv1a32 } from '../util/hash.js';
import type { Uid } from '../api/ids.js';

const HEX_CODES: readonly number[] = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const DASH = 45, FOUR = 52;
/** A uuid's character codes are written here (36 of them; longer with a prefix). */
const CODES: number[] = new Array<number>(64).fill(0);
const BY_LENGTH: number[][] = [];

/**
 * A seeded random stream. Every component draws from its own stream, split from the scenario
 * seed by name, so a new draw in one component never shifts another's draws.
 */
export class Rng {
  #g: prand.RandomGenerator;

  constructor(seed: number) {
    this.#g = prand.xoroshiro128plus(seed | 0);
  }

  /** A stream for one component: seeded by a hash of (seed, name). */
  static split(seed: number, name: string): Rng {
    return new Rng(fnv1a32(`${seed}:${name}`));
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return prand.unsafeUniformIntDistribution(min, max, this.#g);
  }

  /** Uniform float in [0, 1), 2^-32 resolution. */
  float(): number {
    return prand.unsafeUniformIntDistribution(0, 0xffffffff, this.#g) / 4294967296;
  }

  /** An RFC 4122 version-4 UUID built from this stream: metadata.uid values. */
  uuid(): Uid {
    return this.#uuid(true, '') as Uid;
  }

  /** `prefix` and the digits of a uuid() (the same draws) without its dashes: container IDs. */
  uuidHex(prefix = ''): string {
    return this.#uuid(false, prefix);
  }

  #uuid(dashes: boolean, prefix: string): string {
    // Draws in the order they always were (the variant first, then the groups left to right),
    // each 16-bit draw written as 4 hex digits (the first 3 of them where a group has 3), as
    // character codes into one buffer made into one string: one uuid per pod and container, and
    // the strings concatenated from parts were ~1 KB of garbage per pod.
    const b = CODES;
    let n = 0;
    for (let i = 0; i < prefix.length; i++) b[n++] = prefix.charCodeAt(i);
    const variant = HEX_CODES[8 + this.int(0, 3)];
    n = this.#hex(b, n, 4);
    n = this.#hex(b, n, 4);
    if (dashes) b[n++] = DASH;
    n = this.#hex(b, n, 4);
    if (dashes) b[n++] = DASH;
    b[n++] = FOUR;
    n = this.#hex(b, n, 3);
    if (dashes) b[n++] = DASH;
    b[n++] = variant;
    n = this.#hex(b, n, 3);
    if (dashes) b[n++] = DASH;
    n = this.#hex(b, n, 4);
    n = this.#hex(b, n, 4);
    n = this.#hex(b, n, 4);
    // fromCharCode takes the whole array: one array per length seen (36, 32, 45 with a prefix).
    const out = (BY_LENGTH[n] ??= new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) out[i] = b[i];
    return String.fromCharCode.apply(null, out);
  }

  /** The first `digits` hex digits of a 16-bit draw, written at b[n]; returns the next index. */
  #hex(b: number[], n: number, digits: number): number {
    const v = this.int(0, 0xffff);
    for (let shift = 12, k = 0; k < digits; k++, shift -= 4) b[n++] = HEX_CODES[(v >>> shift) & 15];
    return n;
  }

  /** Picks one element uniformly. */
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)];
  }
}
