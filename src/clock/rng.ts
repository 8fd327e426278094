import prand from 'pure-rand';
import { fnv1a32 } from '../util/hash.js';

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
    const h = (n: number) => this.int(0, 0xffff).toString(16).padStart(4, '0').slice(0, n);
    const variant = (8 + this.int(0, 3)).toString(16);
    return `${h(4)}${h(4)}-${h(4)}-4${h(3)}-${variant}${h(3)}-${h(4)}${h(4)}${h(4)}`;
  }

  /** Picks one element uniformly. */
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)];
  }
}
