/**
 * A seeded random stream. Every component draws from its own stream, split from the scenario
 * seed by name, so a new draw in one component never shifts another's draws.
 */
export declare class Rng {
    #private;
    constructor(seed: number);
    /** A stream for one component: seeded by a hash of (seed, name). */
    static split(seed: number, name: string): Rng;
    /** Uniform integer in [min, max], both inclusive. */
    int(min: number, max: number): number;
    /** Uniform float in [0, 1), 2^-32 resolution. */
    float(): number;
    /** An RFC 4122 version-4 UUID built from this stream: metadata.uid values. */
    uuid(): string;
    /** `prefix` and the digits of a uuid() (the same draws) without its dashes: container IDs. */
    uuidHex(prefix?: string): string;
    /** Picks one element uniformly. */
    pick<T>(xs: readonly T[]): T;
}
