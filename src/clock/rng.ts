import prand from 'pure-rand';
import { fnv1a32 } from '../util/hash.js';

const HEX = '0123456789abcdef';
/** Two hex digits of each byte value. */
const HEX2: readonly string[] = Array.from({ length: 256 }, (_, i) => HEX[i >>> 4] + HEX[i & 15]);

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
  uuid(): string {
    return this.#uuid('-');
  }

  /** The digits of a uuid() (the same draws) without its dashes: container IDs. */
  uuidHex(): string {
    return this.#uuid('');
  }

  #uuid(dash: string): string {
    // Draws in the order they always were (the variant first, then the groups left to right),
    // each 16-bit draw written as 4 hex digits (the first 3 of them where a group has 3) from a
    // table: one uuid per pod, and the toString/padStart/slice chain was ~1 KB of garbage per pod.
    const variant = HEX[8 + this.int(0, 3)];
    const a = this.#hex4(), b = this.#hex4(), c = this.#hex4(), d = this.#hex4().slice(0, 3);
    const e = this.#hex4().slice(0, 3);
    return `${a}${b}${dash}${c}${dash}4${d}${dash}${variant}${e}${dash}${this.#hex4()}${this.#hex4()}${this.#hex4()}`;
  }

  #hex4(): string {
    const v = this.int(0, 0xffff);
    return HEX2[v >>> 8] + HEX2[v & 0xff];
  }

  /** Picks one element uniformly. */
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)];
  }
}
